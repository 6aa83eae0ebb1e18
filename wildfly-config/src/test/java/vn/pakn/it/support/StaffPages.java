package vn.pakn.it.support;

import org.openqa.selenium.By;

/** Steps every browser test of the staff workspace takes: signing in through the workspace's own login form. */
public final class StaffPages {

    private StaffPages() {
    }

    /** Opens /staff/, signs in through the form and waits until the workspace shows who is signed in. */
    public static void signIn(Browser browser, Api.Credentials who) {
        browser.open("/staff/");
        browser.type("u", who.username());
        browser.type("p", who.password());
        browser.click(By.cssSelector("form button[type=submit]"));
        browser.waitFor(By.cssSelector("[data-testid=me]"));
    }
}
