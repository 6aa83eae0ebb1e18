package vn.pakn.infrastructure.mail;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.NodeTraversor;
import org.jsoup.select.NodeVisitor;

/**
 * Readable plain text from the HTML of an e-mail (Outlook and webmail send HTML only): paragraphs, line
 * breaks, list items and table rows become lines; scripts, styles, Outlook's conditional comments and
 * hidden preheaders are dropped; links keep their text. jsoup does the parsing, so broken HTML is fine.
 */
public final class HtmlText {

    private static final java.util.Set<String> BLOCKS = java.util.Set.of("p", "div", "br", "li", "tr", "h1", "h2", "h3",
            "h4", "h5", "h6", "blockquote", "pre", "table", "ul", "ol", "hr", "section", "article", "header", "footer");

    private HtmlText() {
    }

    public static String toText(String html) {
        Document doc = Jsoup.parse(html);
        doc.select("script, style, head, title, meta, noscript, template, [hidden]").remove();
        doc.select("[style~=(?i)display\\s*:\\s*none]").remove();
        StringBuilder out = new StringBuilder(html.length() / 2);
        NodeTraversor.traverse(new NodeVisitor() {
            @Override
            public void head(Node node, int depth) {
                if (node instanceof TextNode t) {
                    // Source line breaks inside HTML text are layout, not content: they become spaces.
                    out.append(t.getWholeText().replace('\u00A0', ' ').replaceAll("\\s+", " "));
                } else if (node instanceof Element e) {
                    if (e.normalName().equals("li")) {
                        newLine(out);
                        out.append("- ");
                    } else if (BLOCKS.contains(e.normalName())) {
                        newLine(out);
                    } else if (e.normalName().equals("td") || e.normalName().equals("th")) {
                        if (out.length() > 0 && out.charAt(out.length() - 1) != '\n') {
                            out.append(' ');
                        }
                    }
                }
            }

            @Override
            public void tail(Node node, int depth) {
                if (node instanceof Element e && BLOCKS.contains(e.normalName()) && !e.normalName().equals("br")) {
                    newLine(out);
                }
            }
        }, doc.body() == null ? doc : doc.body());
        return tidy(out.toString());
    }

    private static void newLine(StringBuilder out) {
        if (out.length() > 0 && out.charAt(out.length() - 1) != '\n') {
            out.append('\n');
        }
    }

    /** Trailing spaces off every line, at most one blank line in a row, no blank lines at the ends. */
    static String tidy(String text) {
        StringBuilder b = new StringBuilder(text.length());
        int blank = 0;
        for (String line : text.split("\n", -1)) {
            String l = line.strip();
            if (l.isEmpty()) {
                blank++;
                continue;
            }
            if (b.length() > 0) {
                b.append(blank > 0 ? "\n\n" : "\n");
            }
            blank = 0;
            b.append(l.replaceAll(" {2,}", " "));
        }
        return b.toString();
    }
}
