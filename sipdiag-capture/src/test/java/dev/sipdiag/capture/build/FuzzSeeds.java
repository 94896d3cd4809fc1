package dev.sipdiag.capture.build;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import static dev.sipdiag.capture.build.Packets.*;

/**
 * Writes the crafted fuzz seeds (WebSocket, TLS, tunnels, fragments, several pcapng interfaces) next to the real
 * ones, so that fuzzing starts from every decoder path. Rebuild with:
 * {@code java -cp target/classes:target/test-classes dev.sipdiag.capture.build.FuzzSeeds src/test/resources/dev/sipdiag/capture/CaptureFuzzTestInputs}
 */
public final class FuzzSeeds {
    private FuzzSeeds() {
    }

    public static void main(String[] args) throws IOException {
        Path dir = Path.of(args[0]);
        byte[] sip = sip("INVITE", "seed", "v=0\r\n");
        byte[] v4 = ipv4("10.0.0.1", "10.0.0.2", UDP, udp(5060, 5060, sip));
        byte[] v6 = ipv6("fd00::1", "fd00::2", UDP, udp(5060, 5060, sip));
        byte[] mask = {1, 2, 3, 4};
        byte[] upgrade = ascii("GET / HTTP/1.1\r\nUpgrade: websocket\r\nConnection: Upgrade\r\n\r\n");
        byte[] ws = concat(upgrade, webSocketFrame(false, 1, mask, slice(sip, 0, 20)),
                webSocketFrame(true, 0, mask, slice(sip, 20, sip.length)));
        Files.write(dir.resolve("pcapReader/crafted-websocket"), new Tcp().handshake().data(0, ws)
                .data(ws.length, concat(new byte[]{0x16, 3, 1, 0, 4}, new byte[4])).toBytes());
        Files.write(dir.resolve("pcapReader/crafted-tcp"), new Tcp().handshake().data(40, sip).data(0, slice(sip, 0, 40))
                .server(0, 300, ACK, new byte[0]).client(sip.length + 40, 0, FIN | ACK, new byte[0]).toBytes());
        Pcap tunnels = Pcap.ethernet()
                .packet(1, ethernet(ipv4("192.0.2.1", "192.0.2.2", 47, gre(0x88BE, 1L, erspan2(ethernet(v4))))))
                .packet(2, ethernet(ipv4("192.0.2.1", "192.0.2.2", UDP, udp(1, 4789, vxlan(5, ethernet(v6))))))
                .packet(3, ethernet(ipv4("192.0.2.1", "192.0.2.2", UDP, udp(1, 2152, gtpu(7, true, v4)))))
                .packet(4, vlanEthernet(new int[]{0x88A8, 0x8100}, ipv6("2001:db8::1", "2001:db8::2", 4, v4)));
        for (byte[] fragment : fragmentIpv4("10.0.0.1", "10.0.0.2", UDP, 3, udp(5060, 5060, sip), 16)) {
            tunnels.packet(5, ethernet(fragment));
        }
        Files.write(dir.resolve("pcapReader/crafted-tunnels"), tunnels.toBytes());
        Files.write(dir.resolve("pcapngReader/crafted-interfaces"), new Pcapng().section(false)
                .iface(1, -1).iface(113, 9).iface(0, 0x8A).iface(276, -1)
                .epb(0, 1, ethernet(v4)).epb(1, 2, sll(ETH_IPV6, v6)).epb(2, 3, loopback(2, false, v4))
                .epb(3, 4, sll2(ETH_IPV4, v4)).spb(ethernet(v4)).pb(0, 5, ethernet(v6))
                .section(true).iface(101, -1).epb(0, 6, v6).toBytes());
    }
}
