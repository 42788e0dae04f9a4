package org.smilefactory.ui.blog;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The Markdown subset articles are written in, parsed into blocks (no JavaFX here, so it is tested
 * plainly): {@code #}/{@code ##}/{@code ###} headings, paragraphs (blank-line separated), {@code -}/{@code *}
 * and {@code 1.} lists, {@code >} quotes; inside them {@code **bold**}, {@code *italic*} or {@code _italic_}
 * and {@code [text](https://link)}. Anything else is shown as the plain text it is.
 */
public final class Markdown {

    public enum BlockType { HEADING, PARAGRAPH, BULLETS, NUMBERED, QUOTE }

    /** A run of text; {@code url} is set for a link. */
    public record Span(String text, boolean bold, boolean italic, String url) {
    }

    /** One block; {@code items} holds the list items (one span list each), otherwise one entry. */
    public record Block(BlockType type, int level, List<List<Span>> items) {
        public List<Span> spans() {
            return items.get(0);
        }
    }

    private static final Pattern HEADING = Pattern.compile("^(#{1,3})\\s+(.*)$");
    private static final Pattern BULLET = Pattern.compile("^\\s*[-*+]\\s+(.*)$");
    private static final Pattern NUMBER = Pattern.compile("^\\s*\\d{1,3}[.)]\\s+(.*)$");
    private static final Pattern QUOTE = Pattern.compile("^\\s*>\\s?(.*)$");
    private static final Pattern INLINE = Pattern.compile(
            "\\*\\*(.+?)\\*\\*|(?<![\\p{L}\\p{N}])_(.+?)_(?![\\p{L}\\p{N}])|\\*(.+?)\\*|\\[([^\\]]+)\\]\\(([^)\\s]+)\\)");

    private Markdown() {
    }

    public static List<Block> parse(String source) {
        List<Block> blocks = new ArrayList<>();
        if (source == null) {
            return blocks;
        }
        String[] lines = source.replace("\r\n", "\n").split("\n", -1);
        StringBuilder paragraph = new StringBuilder();
        List<List<Span>> listItems = new ArrayList<>();
        BlockType listType = null;
        StringBuilder quote = new StringBuilder();
        for (String line : lines) {
            Matcher h = HEADING.matcher(line);
            Matcher b = BULLET.matcher(line);
            Matcher n = NUMBER.matcher(line);
            Matcher q = QUOTE.matcher(line);
            BlockType kind = line.isBlank() ? null : h.matches() ? BlockType.HEADING : b.matches() ? BlockType.BULLETS
                    : n.matches() ? BlockType.NUMBERED : q.matches() ? BlockType.QUOTE : BlockType.PARAGRAPH;
            if (kind != BlockType.PARAGRAPH) {
                flushParagraph(paragraph, blocks);
            }
            if (kind != listType) {
                flushList(listType, listItems, blocks);
                listType = null;
            }
            if (kind != BlockType.QUOTE) {
                flushQuote(quote, blocks);
            }
            if (kind == null) {
                continue;
            }
            switch (kind) {
                case HEADING -> blocks.add(new Block(BlockType.HEADING, h.group(1).length(), List.of(inline(h.group(2).trim()))));
                case BULLETS -> {
                    listType = kind;
                    listItems.add(inline(b.group(1).trim()));
                }
                case NUMBERED -> {
                    listType = kind;
                    listItems.add(inline(n.group(1).trim()));
                }
                case QUOTE -> quote.append(quote.length() == 0 ? "" : " ").append(q.group(1).trim());
                default -> paragraph.append(paragraph.length() == 0 ? "" : " ").append(line.trim());
            }
        }
        flushParagraph(paragraph, blocks);
        flushList(listType, listItems, blocks);
        flushQuote(quote, blocks);
        return blocks;
    }

    private static void flushParagraph(StringBuilder text, List<Block> blocks) {
        if (text.length() > 0) {
            blocks.add(new Block(BlockType.PARAGRAPH, 0, List.of(inline(text.toString()))));
            text.setLength(0);
        }
    }

    private static void flushQuote(StringBuilder text, List<Block> blocks) {
        if (text.length() > 0) {
            blocks.add(new Block(BlockType.QUOTE, 0, List.of(inline(text.toString()))));
            text.setLength(0);
        }
    }

    private static void flushList(BlockType type, List<List<Span>> items, List<Block> blocks) {
        if (type != null && !items.isEmpty()) {
            blocks.add(new Block(type, 0, List.copyOf(items)));
        }
        items.clear();
    }

    /** Bold, italic and links within one block's text. */
    public static List<Span> inline(String text) {
        List<Span> spans = new ArrayList<>();
        Matcher m = INLINE.matcher(text);
        int at = 0;
        while (m.find()) {
            if (m.start() > at) {
                spans.add(new Span(text.substring(at, m.start()), false, false, null));
            }
            if (m.group(1) != null) {
                spans.add(new Span(m.group(1), true, false, null));
            } else if (m.group(2) != null) {
                spans.add(new Span(m.group(2), false, true, null));
            } else if (m.group(3) != null) {
                spans.add(new Span(m.group(3), false, true, null));
            } else {
                String url = m.group(5);
                boolean safe = url.startsWith("https://") || url.startsWith("http://") || url.startsWith("mailto:");
                spans.add(new Span(m.group(4), false, false, safe ? url : null));
            }
            at = m.end();
        }
        if (at < text.length()) {
            spans.add(new Span(text.substring(at), false, false, null));
        }
        return spans;
    }

    /** The text without markup, e.g. for previews. */
    public static String plain(String source) {
        StringBuilder out = new StringBuilder();
        for (Block block : parse(source)) {
            for (List<Span> item : block.items()) {
                for (Span s : item) {
                    out.append(s.text());
                }
                out.append(' ');
            }
        }
        return out.toString().trim();
    }
}
