package org.paperkg.cli;

import java.util.concurrent.Callable;
import org.apache.jena.shacl.ValidationReport;
import org.apache.jena.shacl.lib.ShLib;
import org.paperkg.store.GraphValidator;
import org.paperkg.store.KgStore;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;

@Command(name = "validate", mixinStandardHelpOptions = true,
        description = "Checks the store against ontology/shapes.ttl (SHACL); exits 1 when it does not conform.")
final class ValidateCommand implements Callable<Integer> {
    @Mixin
    StoreOption store;

    @Override
    public Integer call() {
        try (KgStore kg = store.openExisting()) {
            ValidationReport report = GraphValidator.validate(kg.dataset());
            if (report.conforms()) {
                System.out.println("conforms: the graph satisfies every shape in ontology/shapes.ttl");
                return 0;
            }
            ShLib.printReport(System.out, report);
            System.out.println("does not conform: " + report.getEntries().size() + " violation(s)");
            return 1;
        }
    }
}
