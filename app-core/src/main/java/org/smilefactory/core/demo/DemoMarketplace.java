package org.smilefactory.core.demo;

import java.math.BigDecimal;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.UUID;
import org.smilefactory.core.common.Ids;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The demo marketplace: one listing per 5 members across the seed's five types, most active, some
 * sold (with the completed transaction that sold them), some past their expiry date and some removed;
 * a share of the active ones has an open offer. Deterministic for a seed.
 */
final class DemoMarketplace {

    private record Kind(String type, List<String> categories, List<String> titles, int minPrice, int maxPrice) {
    }

    private static final List<Kind> KINDS = List.of(
            new Kind("product", List.of("Energy", "Agriculture", "Electronics", "Equipment"),
                    List.of("Solar water pump", "Drip irrigation kit", "Used laptop", "3D printer", "Poultry incubator",
                            "Soil moisture sensors", "Grain moisture meter", "Refurbished smartphones"), 20, 2500),
            new Kind("service", List.of("Design", "Software", "Legal", "Accounting", "Marketing"),
                    List.of("Logo and brand design", "Mobile app development", "Company registration help",
                            "Bookkeeping for startups", "Social media campaign", "Pitch deck review"), 30, 1500),
            new Kind("job", List.of("Engineering", "Sales", "Operations", "Internships"),
                    List.of("Junior Java developer", "Field sales agent", "Operations lead", "Data analyst intern",
                            "Embedded systems engineer", "Community manager"), 300, 3000),
            new Kind("partnership", List.of("Distribution", "Research", "Manufacturing"),
                    List.of("Distribution partner wanted", "University research partner", "Contract manufacturer sought",
                            "Co-founder for agritech venture"), 0, 0),
            new Kind("investment", List.of("Seed round", "Pre-seed", "Debt financing"),
                    List.of("Seed round for solar cold rooms", "Pre-seed for a health app", "Working capital for a dairy",
                            "Angel round for an edtech platform"), 5000, 150000));
    private static final List<String> PLACES = List.of("Harare", "Bulawayo", "Mutare", "Gweru", "Masvingo", "Kwekwe",
            "Chinhoyi", "Victoria Falls");

    private DemoMarketplace() {
    }

    static int write(JdbcTemplate jdbc, long seed, UUID[] ids, Instant[] joined, Instant now) {
        int members = ids.length;
        if (members < 2) {
            return 0;
        }
        Random random = new Random(seed ^ 0xBB67AE8584CAA73BL);
        int count = Math.max(10, members / 5);
        List<Object[]> listings = new ArrayList<>();
        List<Object[]> transactions = new ArrayList<>();
        for (int n = 0; n < count; n++) {
            Kind kind = KINDS.get(random.nextInt(KINDS.size()));
            int seller = random.nextInt(members);
            UUID id = Ids.next();
            Instant created = joined[seller].plus(Duration.ofHours(1 + random.nextInt(24 * 60)));
            if (created.isAfter(now)) {
                created = now.minus(Duration.ofMinutes(1 + random.nextInt(600)));
            }
            BigDecimal price = kind.maxPrice() == 0 ? null
                    : BigDecimal.valueOf(kind.minPrice() + random.nextInt(kind.maxPrice() - kind.minPrice() + 1));
            int s = random.nextInt(20);
            String status = s < 2 ? "sold" : s == 2 ? "removed" : "active";
            // about one in ten active listings has run past its expiry date: it reads as expired
            Instant expires = s == 3 || s == 4 ? now.minus(Duration.ofDays(1 + random.nextInt(20)))
                    : random.nextBoolean() ? null : now.plus(Duration.ofDays(10 + random.nextInt(80)));
            String place = PLACES.get(random.nextInt(PLACES.size()));
            String title = kind.titles().get(random.nextInt(kind.titles().size()));
            String category = kind.categories().get(random.nextInt(kind.categories().size()));
            listings.add(new Object[] {id, title, title + " in " + place + ". Message me for details.", category,
                    kind.type(), price, random.nextInt(3) == 0, ids[seller], status, place,
                    new String[] {category.toLowerCase(), place.toLowerCase()},
                    new String[] {"https://images.example.org/demo/listing-" + (n + 1) + ".jpg"},
                    List.of("message", "phone", "email").get(random.nextInt(3)), random.nextInt(400),
                    Timestamp.from(created), expires == null ? null : Timestamp.from(expires)});
            boolean offered = status.equals("sold") || (status.equals("active") && expires == null && random.nextInt(4) == 0);
            if (offered) {
                int buyer = (seller + 1 + random.nextInt(members - 1)) % members;
                Instant at = created.plus(Duration.ofHours(1 + random.nextInt(72)));
                if (at.isAfter(now)) {
                    at = now;
                }
                String txStatus = status.equals("sold") ? "completed" : List.of("initiated", "negotiating", "agreed")
                        .get(random.nextInt(3));
                transactions.add(new Object[] {Ids.next(), id, ids[seller], ids[buyer], price, txStatus,
                        "Is this still available?", Timestamp.from(at)});
            }
        }
        jdbc.batchUpdate("""
                INSERT INTO marketplace_listings (id, title, description, category, listing_type, price, negotiable,
                    seller_id, status, location, tags, images, contact_method, view_count, created_at, expires_at, updated_at)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
                """, listings, 1_000, (ps, row) -> {
                    for (int k = 0; k < 16; k++) {
                        ps.setObject(k + 1, row[k]);
                    }
                    ps.setObject(17, row[14]);
                });
        jdbc.batchUpdate("""
                INSERT INTO marketplace_transactions (id, listing_id, seller_id, buyer_id, amount, status, message,
                    created_at, updated_at)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)
                """, transactions, 1_000, (ps, row) -> {
                    for (int k = 0; k < 8; k++) {
                        ps.setObject(k + 1, row[k]);
                    }
                    ps.setObject(9, row[7]);
                });
        return count;
    }
}
