package vn.pakn.application.deadline;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import vn.pakn.domain.model.identity.Role;
import vn.pakn.domain.model.notification.Recipients;

/**
 * Who hears about an overdue assignment: the unit itself (OVERDUE), each active UNIT_LEADER of that unit
 * (ESCALATION, by user so that a leader who moves on stops receiving them) and the LEADER role
 * (ESCALATION, addressed to the role so the channel reaches whoever holds it at delivery time).
 */
public final class OverdueEscalation {

    /** One message to one recipient. */
    public record Delivery(String recipient, DeadlineMessages.Message message) {
    }

    private OverdueEscalation() {
    }

    public static List<Delivery> plan(long unitId, Collection<String> unitLeaderUsernames, DeadlineMessages.Facts facts,
                                      Duration late) {
        List<Delivery> out = new ArrayList<>();
        out.add(new Delivery(Recipients.unit(unitId), DeadlineMessages.overdue(facts, late)));
        var escalation = DeadlineMessages.escalation(facts, late);
        unitLeaderUsernames.stream().distinct().sorted()
                .forEach(u -> out.add(new Delivery(Recipients.user(u), escalation)));
        out.add(new Delivery(Recipients.role(Role.LEADER), escalation));
        return out;
    }
}
