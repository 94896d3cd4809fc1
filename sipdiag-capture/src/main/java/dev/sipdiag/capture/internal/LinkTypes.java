package dev.sipdiag.capture.internal;

/**
 * The link-layer header types (tcpdump.org "LINKTYPE_" registry, draft-ietf-opsawg-pcaplinktype) this reader
 * decodes, and names for some it does not, so the summary can say what was skipped.
 */
public final class LinkTypes {
    private LinkTypes() {
    }

    public static final int NULL = 0;
    public static final int ETHERNET = 1;
    public static final int PPP = 9;
    /** DLT_RAW as written by some BSDs (12) and by OpenBSD (14). */
    public static final int RAW_BSD = 12;
    public static final int RAW_OPENBSD = 14;
    public static final int PPP_HDLC = 50;
    public static final int PPP_ETHER = 51;
    public static final int RAW = 101;
    public static final int LOOP = 108;
    public static final int LINUX_SLL = 113;
    public static final int IPV4 = 228;
    public static final int IPV6 = 229;
    public static final int LINUX_SLL2 = 276;

    /** "LINKTYPE_IEEE802_11 (105)", or "LINKTYPE 4711" for an unnamed one. */
    public static String name(int linkType) {
        String n = switch (linkType) {
            case NULL -> "NULL";
            case ETHERNET -> "ETHERNET";
            case 6 -> "IEEE802_5";
            case 8 -> "SLIP";
            case PPP -> "PPP";
            case 10 -> "FDDI";
            case PPP_HDLC -> "PPP_HDLC";
            case PPP_ETHER -> "PPP_ETHER";
            case 100 -> "ATM_RFC1483";
            case RAW -> "RAW";
            case 104 -> "C_HDLC";
            case 105 -> "IEEE802_11";
            case 107 -> "FRELAY";
            case LOOP -> "LOOP";
            case LINUX_SLL -> "LINUX_SLL";
            case 119 -> "IEEE802_11_PRISM";
            case 122 -> "IP_OVER_FC";
            case 127 -> "IEEE802_11_RADIOTAP";
            case 138 -> "APPLE_IP_OVER_IEEE1394";
            case 143 -> "DOCSIS";
            case 163 -> "IEEE802_11_AVS";
            case 165 -> "BACNET_MS_TP";
            case 169 -> "GPRS_LLC";
            case 177 -> "LINUX_LAPD";
            case 187 -> "BLUETOOTH_HCI_H4";
            case 189 -> "USB_LINUX";
            case 195 -> "IEEE802_15_4_WITHFCS";
            case 201 -> "BLUETOOTH_HCI_H4_WITH_PHDR";
            case 215 -> "IEEE802_15_4_NONASK_PHY";
            case 220 -> "USB_LINUX_MMAPPED";
            case 227 -> "CAN_SOCKETCAN";
            case IPV4 -> "IPV4";
            case IPV6 -> "IPV6";
            case 249 -> "USBPCAP";
            case 251 -> "BLUETOOTH_LE_LL";
            case 252 -> "WIRESHARK_UPPER_PDU";
            case 253 -> "NETLINK";
            case LINUX_SLL2 -> "LINUX_SLL2";
            default -> null;
        };
        return n == null ? "LINKTYPE " + linkType : "LINKTYPE_" + n + " (" + linkType + ")";
    }

    /** Name of a non-IP ethertype for the summary. */
    static String etherTypeName(int type) {
        return switch (type) {
            case 0x0806 -> "ARP";
            case 0x8035 -> "RARP";
            case 0x88CC -> "LLDP";
            case 0x888E -> "EAPOL";
            case 0x8863 -> "PPPoE-discovery";
            case 0x88F7 -> "PTP";
            case 0x8809 -> "slow-protocols (LACP)";
            case 0x9000 -> "loopback";
            case 0x22F0 -> "AVTP";
            case 0x893A -> "IEEE1905";
            case 0x8899 -> "Realtek";
            default -> type < 0x0600 ? "IEEE802.3 (LLC)" : String.format("ethertype 0x%04x", type);
        };
    }
}
