package io.herald;

import io.herald.system.EmbeddedDatabase;
import io.micronaut.runtime.Micronaut;
import io.swagger.v3.oas.annotations.OpenAPIDefinition;
import io.swagger.v3.oas.annotations.info.Info;

import java.util.TimeZone;

@OpenAPIDefinition(info = @Info(title = "Herald admin API", version = "1",
        description = "Manage components, groups and (later) incidents of a Herald status page."))
public class Application {

    public static void main(String[] args) {
        // Every instant is stored in UTC; replicas in different zones must agree on that.
        TimeZone.setDefault(TimeZone.getTimeZone("UTC"));
        var app = Micronaut.build(args).mainClass(Application.class);
        EmbeddedDatabase.startUnlessConfigured().ifPresent(db -> app.properties(db.datasourceProperties()));
        app.start();
    }
}
