package dev.sipdiag.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;

class CodesCommandTest {
    static final ObjectMapper JSON = new ObjectMapper();

    @Test
    void jsonListsAll77Codes() throws Exception {
        Cli r = Cli.run("codes", "--format", "json");
        assertThat(r.exit()).isZero();
        JsonNode root = JSON.readTree(r.out());
        assertThat(root.get("count").asInt()).isEqualTo(77);
        assertThat(root.get("codes").size()).isEqualTo(77);
        assertThat(root.get("codes").get(0).get("code").asInt()).isEqualTo(100);
    }

    @Test
    void filtersByClassAndCommon() throws Exception {
        JsonNode sixes = JSON.readTree(Cli.run("codes", "--class", "6xx", "--format", "json").out());
        assertThat(sixes.get("count").asInt()).isEqualTo(6);
        JsonNode common = JSON.readTree(Cli.run("codes", "--common", "--format", "json").out());
        assertThat(common.get("count").asInt()).isEqualTo(47);
        JsonNode common4 = JSON.readTree(Cli.run("codes", "--common", "--class", "4", "--format", "json").out());
        assertThat(common4.get("count").asInt()).isEqualTo(29);
    }

    @Test
    void csvHasAHeaderAndOneRowPerCode() {
        Cli r = Cli.run("codes", "--format", "csv", "--lang", "nl");
        String[] lines = r.out().split("\r\n");
        assertThat(lines[0]).isEqualTo("code,reason,class,status,rfc,common,failure,meaning");
        assertThat(lines).hasSize(78);
        assertThat(lines[1]).startsWith("100,Trying,1xx,current,");
    }

    @Test
    void markdownAndTextTables() {
        Cli md = Cli.run("codes", "--format", "md", "--class", "3xx");
        assertThat(md.out().lines()).hasSize(2 + 5);
        assertThat(md.out()).contains("| 302 | Moved Temporarily |");
        Cli text = Cli.run("codes", "--lang", "en");
        assertThat(text.out()).contains("486 * Busy Here").contains("409 † Conflict").contains("77 codes");
    }

    @Test
    void badClassIsAUsageError() {
        Cli r = Cli.run("codes", "--class", "7xx");
        assertThat(r.exit()).isEqualTo(ExitCodes.USAGE);
        assertThat(r.err()).contains("1xx");
    }
}
