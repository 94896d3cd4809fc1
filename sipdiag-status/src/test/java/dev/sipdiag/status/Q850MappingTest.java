package dev.sipdiag.status;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvFileSource;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class Q850MappingTest {

    private static final String CAUSE_TO_STATUS = "/dev/sipdiag/status/rfc3398-cause-to-status.tsv";
    private static final String STATUS_TO_CAUSE = "/dev/sipdiag/status/rfc3398-status-to-cause.tsv";
    private static final String NONE = "none";

    @ParameterizedTest(name = "cause {0} ({1}) -> {2}")
    @CsvFileSource(resources = CAUSE_TO_STATUS, delimiter = '\t')
    void causeMapsToTheResponseOfSection7241(int cause, String condition, String expected) {
        Set<Q850Mapping.Condition> holding = condition.equals("-")
                ? EnumSet.noneOf(Q850Mapping.Condition.class)
                : EnumSet.of(Q850Mapping.Condition.valueOf(condition));

        var response = Q850Mapping.toSip(cause, holding);

        if (expected.equals(NONE)) {
            assertThat(response).isEmpty();
        } else {
            assertThat(response).map(SipStatus::code).contains(Integer.parseInt(expected));
        }
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvFileSource(resources = STATUS_TO_CAUSE, delimiter = '\t')
    void statusMapsToTheCausesOfSection8261(int status, String expected, Q850Mapping.Remark remark) {
        List<Integer> causes = expected.equals(NONE)
                ? List.of()
                : Arrays.stream(expected.split(",")).map(Integer::valueOf).toList();

        assertThat(Q850Mapping.toQ850(status)).extracting(Q850Cause::value).containsExactlyElementsOf(causes);
        assertThat(Q850Mapping.toQ850(SipStatus.valueOf(status))).extracting(Q850Cause::value)
                .containsExactlyElementsOf(causes);
        assertThat(Q850Mapping.statusRule(status)).map(Q850Mapping.StatusRule::remark).contains(remark);
    }

    @ParameterizedTest(name = "{0} {1} -> {2} ({3})")
    @CsvFileSource(resources = "/dev/sipdiag/status/rfc3398-defaults.tsv", delimiter = '\t')
    void unlistedValuesGetTheDefaultOfTheirSection(String direction, int input, String expected) {
        if (direction.equals("cause")) {
            assertThat(Q850Mapping.causeRules(input)).isEmpty();
            assertThat(Q850Mapping.toSip(input)).map(SipStatus::code).contains(Integer.parseInt(expected));
        } else {
            assertThat(Q850Mapping.statusRule(input)).isEmpty();
            List<Integer> causes = expected.equals(NONE) ? List.of() : List.of(Integer.parseInt(expected));
            assertThat(Q850Mapping.toQ850(input)).extracting(Q850Cause::value).containsExactlyElementsOf(causes);
        }
    }

    @Test
    void causesForInvertsTheCauseTable() throws IOException {
        Map<Integer, Set<Integer>> expected = new TreeMap<>();
        for (String[] row : rows(CAUSE_TO_STATUS)) {
            if (!row[2].equals(NONE)) {
                expected.computeIfAbsent(Integer.parseInt(row[2]), k -> new TreeSet<>()).add(Integer.parseInt(row[0]));
            }
        }
        for (int code = SipStatus.MIN_CODE; code <= SipStatus.MAX_CODE; code++) {
            assertThat(Q850Mapping.causesFor(code)).as("causesFor(%d)", code).extracting(Q850Cause::value)
                    .containsExactlyElementsOf(expected.getOrDefault(code, Set.of()));
        }
    }

    @Test
    void explainExamples() {
        assertThat(Q850Mapping.causesFor(486)).containsExactly(Q850Cause.USER_BUSY);
        assertThat(Q850Mapping.causesFor(404)).extracting(Q850Cause::value).containsExactly(1, 2, 3, 26);
        assertThat(Q850Mapping.causesFor(603)).containsExactly(Q850Cause.CALL_REJECTED);
        assertThat(Q850Mapping.causesFor(200)).isEmpty();
    }

    @Test
    void everyRowOfBothTablesIsInTheTestData() throws IOException {
        Set<String> expectedKeys = new TreeSet<>();
        rows(CAUSE_TO_STATUS).forEach(r -> expectedKeys.add(r[0] + "/" + r[1]));
        Set<String> actualKeys = new TreeSet<>();
        Q850Mapping.causeRules().forEach(r -> actualKeys.add(
                r.cause().value() + "/" + (r.condition() == null ? "-" : r.condition().name())));
        assertThat(actualKeys).isEqualTo(expectedKeys);
        assertThat(Q850Mapping.causeRules()).hasSize(expectedKeys.size());

        assertThat(Q850Mapping.statusRules()).extracting(r -> r.status().code())
                .containsExactlyElementsOf(rows(STATUS_TO_CAUSE).stream().map(r -> Integer.valueOf(r[0])).toList());
    }

    @ParameterizedTest(name = "cause {0} with {1} -> {2}")
    @CsvSource(delimiter = '\t', textBlock = """
            17	LOCATION_USER	486
            22	LOCATION_USER	410
            21	NEW_NUMBER	403
            """)
    void conditionThatIsNotOnTheCauseChangesNothing(int cause, Q850Mapping.Condition condition, int expected) {
        assertThat(Q850Mapping.toSip(cause, EnumSet.of(condition))).map(SipStatus::code).contains(expected);
        assertThat(Q850Mapping.toSip(16, EnumSet.of(condition))).isEmpty();
    }

    @Test
    void bothConditionsTogetherPickTheRowForTheCause() {
        var both = EnumSet.allOf(Q850Mapping.Condition.class);
        assertThat(Q850Mapping.toSip(21, both)).contains(SipStatus.DECLINE);
        assertThat(Q850Mapping.toSip(22, both)).contains(SipStatus.MOVED_PERMANENTLY);
    }

    @Test
    void rowsCarryTheRfcQualifiers() {
        assertThat(Q850Mapping.causeRules(21)).extracting(Q850Mapping.CauseRule::condition)
                .containsExactly(null, Q850Mapping.Condition.LOCATION_USER);
        assertThat(Q850Mapping.causeRules(16)).singleElement().satisfies(rule -> {
            assertThat(rule.response()).isNull();
            assertThat(rule.note()).contains("BYE or CANCEL");
        });
        assertThat(Q850Mapping.statusRule(505)).get().satisfies(rule -> assertThat(rule.note()).contains("504"));
    }

    @ParameterizedTest
    @ValueSource(ints = {0, 128, -1})
    void causeOutOfRangeIsRejected(int cause) {
        assertThatThrownBy(() -> Q850Mapping.toSip(cause))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("Q.850 cause values run from 1 to 127; got " + cause);
    }

    @ParameterizedTest
    @ValueSource(ints = {99, 700, 0})
    void statusOutOfRangeIsRejected(int code) {
        assertThatThrownBy(() -> Q850Mapping.toQ850(code))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("SIP status codes run from 100 to 699 (RFC 3261 §7.2); got " + code);
        assertThat(Q850Mapping.statusRule(code)).isEmpty();
    }

    /** Data rows of a test file, split on tabs. */
    private static List<String[]> rows(String resource) throws IOException {
        try (InputStream in = Q850MappingTest.class.getResourceAsStream(resource)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8).lines()
                    .filter(line -> !line.isBlank() && !line.startsWith("#"))
                    .map(line -> line.split("\t"))
                    .toList();
        }
    }
}
