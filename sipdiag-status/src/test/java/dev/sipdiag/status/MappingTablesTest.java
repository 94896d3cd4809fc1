package dev.sipdiag.status;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

/** A broken table file must stop the build with its file and line, never load half a table. */
class MappingTablesTest {

    @Test
    void rowWithTheWrongNumberOfColumnsNamesFileAndLine() {
        assertThatThrownBy(() -> MappingTables.loadCauseRules("malformed-columns.tsv"))
                .isInstanceOf(IllegalStateException.class)
                .hasMessage("malformed-columns.tsv:2: expected 4 tab-separated columns, found 3");
    }

    @Test
    void nonNumericKeyNamesFileAndLine() {
        assertThatThrownBy(() -> MappingTables.loadCauseRules("malformed-number.tsv"))
                .isInstanceOf(IllegalStateException.class)
                .hasMessage("malformed-number.tsv:2: expected a number, found '1x'");
    }

    @Test
    void unknownRemarkNamesFileAndLine() {
        assertThatThrownBy(() -> MappingTables.loadStatusRules("malformed-remark.tsv"))
                .isInstanceOf(IllegalStateException.class)
                .hasMessage("malformed-remark.tsv:1: unknown Remark 'authenticate-later'");
    }

    @Test
    void missingResourceIsReported() {
        assertThatThrownBy(() -> MappingTables.loadStatusRules("no-such-table.tsv"))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageStartingWith("missing resource no-such-table.tsv");
    }

    @Test
    void shippedTablesLoad() {
        assertThat(MappingTables.loadCauseRules(MappingTables.CAUSE_TO_SIP)).isNotEmpty();
        assertThat(MappingTables.loadStatusRules(MappingTables.SIP_TO_CAUSE)).isNotEmpty();
    }
}
