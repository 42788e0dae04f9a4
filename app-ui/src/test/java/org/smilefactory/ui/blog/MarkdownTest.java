package org.smilefactory.ui.blog;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class MarkdownTest {

    @Test
    void parsesTheSubsetIntoBlocksWithoutMarkup() {
        List<Markdown.Block> blocks = Markdown.parse("""
                # Title
                A paragraph with **bold**, *italic* and _also italic_
                continued on a second line.

                - one
                - two [link](https://example.org)

                1. first
                2. second

                > a quote
                """);
        assertThat(blocks).extracting(Markdown.Block::type).containsExactly(Markdown.BlockType.HEADING,
                Markdown.BlockType.PARAGRAPH, Markdown.BlockType.BULLETS, Markdown.BlockType.NUMBERED, Markdown.BlockType.QUOTE);
        assertThat(blocks.get(0).level()).isEqualTo(1);
        List<Markdown.Span> paragraph = blocks.get(1).spans();
        assertThat(paragraph).anySatisfy(s -> {
            assertThat(s.text()).isEqualTo("bold");
            assertThat(s.bold()).isTrue();
        });
        assertThat(paragraph).filteredOn(Markdown.Span::italic).extracting(Markdown.Span::text)
                .containsExactly("italic", "also italic");
        assertThat(paragraph.get(paragraph.size() - 1).text()).endsWith("continued on a second line.");
        assertThat(blocks.get(2).items()).hasSize(2);
        assertThat(blocks.get(2).items().get(1)).anySatisfy(s -> {
            assertThat(s.text()).isEqualTo("link");
            assertThat(s.url()).isEqualTo("https://example.org");
        });
        assertThat(blocks.get(3).items()).hasSize(2);
        assertThat(Markdown.plain("## Hi **there**")).isEqualTo("Hi there");
    }

    @Test
    void unsafeLinksAreShownAsTextOnly() {
        Markdown.Span span = Markdown.inline("[click](javascript:alert(1))").get(0);
        assertThat(span.url()).isNull();
        assertThat(Markdown.inline("snake_case_name stays plain")).singleElement()
                .satisfies(s -> assertThat(s.italic()).isFalse());
    }
}
