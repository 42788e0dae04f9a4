package org.smilefactory.ui.blog;

import atlantafx.base.theme.Styles;
import java.util.List;
import java.util.function.Consumer;
import javafx.scene.Node;
import javafx.scene.control.Hyperlink;
import javafx.scene.control.Label;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import javafx.scene.text.Font;
import javafx.scene.text.FontPosture;
import javafx.scene.text.FontWeight;
import javafx.scene.text.Text;
import javafx.scene.text.TextFlow;

/** Renders {@link Markdown} blocks as JavaFX nodes: headings, text flows with bold/italic/links, lists, quotes. */
public final class MarkdownView {

    private MarkdownView() {
    }

    public static VBox render(String source, Consumer<String> onLink) {
        VBox box = new VBox(10);
        box.getStyleClass().add("markdown");
        for (Markdown.Block block : Markdown.parse(source)) {
            box.getChildren().add(block(block, onLink));
        }
        return box;
    }

    private static Node block(Markdown.Block block, Consumer<String> onLink) {
        switch (block.type()) {
            case HEADING: {
                TextFlow flow = flow(block.spans(), onLink, block.level() == 1 ? 24 : block.level() == 2 ? 20 : 16, true);
                flow.getStyleClass().add("markdown-heading");
                return flow;
            }
            case BULLETS:
            case NUMBERED: {
                VBox list = new VBox(4);
                int n = 1;
                for (List<Markdown.Span> item : block.items()) {
                    Label marker = new Label(block.type() == Markdown.BlockType.BULLETS ? "\u2022" : (n++) + ".");
                    marker.setMinWidth(22);
                    TextFlow text = flow(item, onLink, 14, false);
                    HBox.setHgrow(text, Priority.ALWAYS);
                    list.getChildren().add(new HBox(4, marker, text));
                }
                return list;
            }
            case QUOTE: {
                TextFlow flow = flow(block.spans(), onLink, 14, false);
                VBox quote = new VBox(flow);
                quote.getStyleClass().add("markdown-quote");
                quote.setStyle("-fx-border-color: transparent transparent transparent -color-accent-emphasis;"
                        + " -fx-border-width: 0 0 0 3; -fx-padding: 4 0 4 12;");
                return quote;
            }
            default:
                return flow(block.spans(), onLink, 14, false);
        }
    }

    private static TextFlow flow(List<Markdown.Span> spans, Consumer<String> onLink, double size, boolean heading) {
        TextFlow flow = new TextFlow();
        for (Markdown.Span span : spans) {
            if (span.url() != null) {
                Hyperlink link = new Hyperlink(span.text());
                link.setTooltip(new Tooltip(span.url()));
                link.setOnAction(e -> onLink.accept(span.url()));
                link.setPadding(javafx.geometry.Insets.EMPTY);
                flow.getChildren().add(link);
            } else {
                Text text = new Text(span.text());
                text.getStyleClass().add(Styles.TEXT);
                text.setFont(Font.font(Font.getDefault().getFamily(),
                        heading || span.bold() ? FontWeight.BOLD : FontWeight.NORMAL,
                        span.italic() ? FontPosture.ITALIC : FontPosture.REGULAR, size));
                text.setStyle("-fx-fill: -color-fg-default;");
                flow.getChildren().add(text);
            }
        }
        return flow;
    }
}
