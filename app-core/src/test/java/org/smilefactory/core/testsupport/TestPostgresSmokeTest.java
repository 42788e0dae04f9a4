package org.smilefactory.core.testsupport;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.ResultSet;
import org.junit.jupiter.api.Test;

class TestPostgresSmokeTest {
    @Test
    void serverStartsAndHasContribExtensions() throws Exception {
        try (var c = TestPostgres.freshDataSource().getConnection(); var s = c.createStatement()) {
            s.execute("CREATE EXTENSION IF NOT EXISTS pg_trgm");
            ResultSet rs = s.executeQuery("SELECT similarity('Tendai','Tendia')");
            rs.next();
            assertThat(rs.getDouble(1)).isGreaterThan(0.2);
        }
    }
}
