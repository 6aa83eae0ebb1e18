package vn.pakn.it.support;

import java.util.ArrayList;
import java.util.List;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;

/**
 * Accessibility basics checked in the real browser: every form control has a label, text has enough contrast
 * (WCAG 2.1 AA: 4.5:1, 3:1 for large text), and the keyboard reaches the controls that matter.
 */
public final class Accessibility {

    private static final String UNLABELLED = """
            const out = [];
            for (const el of document.querySelectorAll('input, select, textarea')) {
              if (el.type === 'hidden' || el.type === 'submit' || el.type === 'button' || el.offsetParent === null) continue;
              const named = (el.labels && el.labels.length > 0) || el.getAttribute('aria-label') || el.getAttribute('aria-labelledby');
              if (!named) out.push(el.outerHTML.slice(0, 120));
            }
            return out;""";

    private static final String LOW_CONTRAST = """
            const rgb = (c) => (c.match(/[\\d.]+/g) || []).map(Number);
            const lum = ([r, g, b]) => {
              const f = (v) => { v /= 255; return v <= 0.03928 ? v / 12.92 : Math.pow((v + 0.055) / 1.055, 2.4); };
              return 0.2126 * f(r) + 0.7152 * f(g) + 0.0722 * f(b);
            };
            const background = (el) => {
              for (let e = el; e; e = e.parentElement) {
                const c = rgb(getComputedStyle(e).backgroundColor);
                if (c.length === 3 || (c.length === 4 && c[3] > 0.5)) return c.slice(0, 3);
              }
              return [255, 255, 255];
            };
            const out = [];
            const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
            const seen = new Set();
            for (let n = walker.nextNode(); n; n = walker.nextNode()) {
              const el = n.parentElement;
              if (!n.textContent.trim() || seen.has(el) || el.offsetParent === null) continue;
              seen.add(el);
              const st = getComputedStyle(el);
              if (st.visibility === 'hidden' || +st.opacity === 0) continue;
              const fg = lum(rgb(st.color).slice(0, 3)), bg = lum(background(el));
              const ratio = (Math.max(fg, bg) + 0.05) / (Math.min(fg, bg) + 0.05);
              const size = parseFloat(st.fontSize), bold = +st.fontWeight >= 700;
              const large = size >= 24 || (bold && size >= 18.66);
              if (ratio < (large ? 3 : 4.5)) out.push(ratio.toFixed(2) + ' ' + el.tagName + ' "' + n.textContent.trim().slice(0, 40) + '"');
            }
            return out;""";

    private Accessibility() {
    }

    @SuppressWarnings("unchecked")
    public static List<String> unlabelledControls(Browser browser) {
        return (List<String>) browser.script(UNLABELLED);
    }

    @SuppressWarnings("unchecked")
    public static List<String> lowContrastText(Browser browser) {
        return (List<String>) browser.script(LOW_CONTRAST);
    }

    /** The ids (or tag names) of the elements that Tab visits, in order, up to {@code max} presses. */
    public static List<String> tabOrder(Browser browser, int max) {
        List<String> visited = new ArrayList<>();
        browser.script("document.activeElement && document.activeElement.blur(); window.scrollTo(0, 0);");
        WebElement body = browser.driver().findElement(org.openqa.selenium.By.tagName("body"));
        body.sendKeys(Keys.TAB);
        for (int i = 0; i < max; i++) {
            WebElement active = browser.driver().switchTo().activeElement();
            String id = active.getAttribute("id");
            visited.add(id == null || id.isBlank() ? active.getTagName() + ":" + active.getText() : id);
            // A key press as the keyboard makes it: sendKeys on a focused file input would be taken as a file path.
            new org.openqa.selenium.interactions.Actions(browser.driver()).sendKeys(Keys.TAB).perform();
        }
        return visited;
    }
}
