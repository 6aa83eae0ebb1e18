package vn.pakn.telephony.agi;

import org.asteriskjava.fastagi.command.AbstractAgiCommand;

/** {@code SAY DATE <epoch seconds> <escape digits>}: asterisk-java's AgiChannel has no method for it. */
final class SayDateCommand extends AbstractAgiCommand {
    private static final long serialVersionUID = 1L;

    private final long epochSeconds;

    SayDateCommand(long epochSeconds) {
        this.epochSeconds = epochSeconds;
    }

    @Override
    public String buildCommand() {
        return "SAY DATE " + epochSeconds + " " + escapeAndQuote("");
    }
}
