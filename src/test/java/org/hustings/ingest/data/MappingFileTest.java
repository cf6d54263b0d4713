package org.hustings.ingest.data;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.hustings.ingest.data.DataMapping.Level;
import org.hustings.provenance.Nature;
import org.hustings.provenance.SourceKind;
import org.hustings.purpose.Channel;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The mapping format: every example parses; a bad mapping is refused with every problem listed at once. */
class MappingFileTest {

    @ParameterizedTest
    @ValueSource(strings = {"canvass", "membership", "signup", "broker", "area"})
    void everyExampleMappingParses(String kind) {
        DataMapping m = World.mapping(kind);
        assertThat(m.fields()).isNotEmpty();
        assertThat(m.declare()).isNotNull();
        assertThat(m.level()).isEqualTo(kind.equals("area") ? Level.AREA : Level.PERSON);
    }

    @Test
    void theCanvassExampleSaysWhatEachColumnIs() {
        DataMapping m = World.mapping("canvass");
        assertThat(m.identity().electorNumber()).isEqualTo("Elector No");
        assertThat(m.identity().fullName()).isEqualTo("Name");
        assertThat(m.fields()).filteredOn(f -> f.field().equals("voting_intention")).singleElement().satisfies(f -> {
            assertThat(f.category()).isEqualTo("political.voting_intention");
            assertThat(f.nature()).isEqualTo(Nature.FACTUAL);
            assertThat(f.values()).contains("ours", "undecided");
        });
        assertThat(m.consents()).singleElement().satisfies(c -> {
            assertThat(c.channel()).isEqualTo(Channel.EMAIL);
            assertThat(c.wordingVersion()).isEqualTo(1);
        });
        assertThat(m.declare().kind()).isEqualTo(SourceKind.DIRECT);
        assertThat(m.declare().article9()).isEqualTo("political_party");
        assertThat(m.supplier().code()).isEqualTo("party");
    }

    @Test
    void aBadMappingIsRefusedWithEveryProblem() {
        String json = """
                {"format": "hustings-data-mapping", "version": 2, "name": "bad", "level": "household", "kind": "x", "source": "s",
                 "delimiter": "||",
                 "identity": {"forenames": "First", "fullName": "Name"},
                 "fields": [{"column": "A", "field": "a", "category": "contact.email", "nature": "guessed", "type": "colour"},
                            {"column": "B", "field": "a", "category": "contact.email", "nature": "factual"}],
                 "consents": [{"column": "OK", "purpose": "email", "channel": "pigeon", "method": "web"}]}
                """;
        assertThatThrownBy(() -> DataMapping.parse(json, "bad.mapping.json")).hasMessageContainingAll(
                "bad.mapping.json was refused",
                "\"version\" must be 1",
                "\"level\" must be \"person\" or \"area\"",
                "\"delimiter\" must be one character",
                "give either \"fullName\" or \"forenames\" and \"surname\"",
                "\"forenames\" and \"surname\" go together",
                "fields[0]: \"nature\" must be \"factual\" or \"estimated\"",
                "fields[0]: \"type\" must be one of",
                "fields[1]: field \"a\" is named twice",
                "consents[0]: \"channel\"",
                "docs/data-mappings.md");
    }

    @Test
    void aMisspeltKeyIsNamedWithItsPlace() {
        assertThatThrownBy(() -> DataMapping.parse("{\"format\": \"hustings-data-mapping\",\n \"verison\": 1}", "typo.json"))
                .hasMessageContaining("typo.json is not valid (line 2")
                .hasMessageContaining("verison");
    }
}
