package vn.pakn.infrastructure.demo;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.DependsOn;
import jakarta.ejb.EJB;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.time.Clock;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;

/**
 * Loads the demo data of Thành phố Hải Long at start-up, after the schema migration, when
 * {@value DemoDataSettings#KEY} allows it and the database has no units yet. The work is one transaction
 * in {@link DemoDataWriter}; a failure is logged and never stops the deployment.
 */
@Singleton
@Startup
@DependsOn({"SchemaMigrator", "ShippedHolidaySeeder"})
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class DemoDataLoader {

    private static final Logger LOG = Logger.getLogger(DemoDataLoader.class);

    @Inject
    @ConfigProperty(name = DemoDataSettings.KEY, defaultValue = DemoDataSettings.Defaults.MODE)
    String mode;

    @Inject
    Clock clock;

    @EJB
    DemoDataWriter writer;

    @PostConstruct
    void load() {
        DemoDataSettings.Mode m;
        try {
            m = DemoDataSettings.parseMode(mode);
        } catch (IllegalArgumentException e) {
            LOG.errorf("PAKN0900: demo data not loaded: %s", e.getMessage());
            return;
        }
        if (!m.loads()) {
            LOG.infof("PAKN0901: demo data not loaded (%s=false)", DemoDataSettings.KEY);
            return;
        }
        long started = System.nanoTime();
        try {
            writer.loadIfEmpty(clock.instant(), DemoDataSettings.Defaults.SEED, DemoDataSettings.Defaults.CASES).ifPresentOrElse(
                    counts -> LOG.infof("PAKN0902: demo data loaded in %d ms: %s", (System.nanoTime() - started) / 1_000_000, counts),
                    () -> LOG.infof("PAKN0903: demo data not loaded: the database already has data (%s=%s)",
                            DemoDataSettings.KEY, m.name().toLowerCase(java.util.Locale.ROOT)));
        } catch (RuntimeException e) {
            LOG.warnf(e, "PAKN0904: demo data not loaded (another node may be loading it at the same time; "
                    + "the database is unchanged): %s", e.getMessage());
        }
    }
}
