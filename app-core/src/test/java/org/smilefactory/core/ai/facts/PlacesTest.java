package org.smilefactory.core.ai.facts;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Geography by hierarchy, never by substring (issue 18). */
class PlacesTest {

    private final Places places = Places.shared();

    @Test
    void allFiftyFourCountriesAreInTheTable() {
        assertThat(places.all(Places.Level.COUNTRY)).hasSize(54);
        assertThat(places.all(Places.Level.REGION)).extracting(Places.Place::name)
                .containsExactlyInAnyOrder("Southern Africa", "East Africa", "West Africa", "North Africa", "Central Africa");
    }

    @Test
    void africaIsNotASubstringOfSouthAfrica() {
        assertThat(places.resolve("South Africa").name()).isEqualTo("South Africa");
        assertThat(places.resolve("Cape Town, South Africa").name()).isEqualTo("Cape Town");
        assertThat(places.covers("Africa", "Harare, Zimbabwe")).isTrue();
        assertThat(places.covers("Africa", "Nairobi, Kenya")).isTrue();
        assertThat(places.covers("South Africa", "Harare, Zimbabwe")).isFalse();
        assertThat(places.covers("Pan-African", "Lagos")).isTrue();
    }

    @Test
    void regionsContainTheirCountriesAndCities() {
        assertThat(places.covers("Southern Africa", "Bulawayo, Zimbabwe")).isTrue();
        assertThat(places.covers("East Africa", "Kigali, Rwanda")).isTrue();
        assertThat(places.covers("East Africa", "Harare")).isFalse();
        assertThat(places.covers("Sub-Saharan Africa", "Lusaka, Zambia")).isTrue();
        assertThat(places.covers("Sub-Saharan Africa", "Cairo, Egypt")).isFalse();
        assertThat(places.covers("SADC", "Dar es Salaam, Tanzania")).isTrue();
        assertThat(places.covering(List.of("Kenya", "Southern Africa"), "Mutare")).isEqualTo("Southern Africa");
    }

    @Test
    void closenessGoesCityCountryRegionContinent() {
        assertThat(places.relation("Harare, Zimbabwe", "Harare").closeness()).isEqualTo(Places.Closeness.SAME_CITY);
        assertThat(places.relation("Harare, Zimbabwe", "Bulawayo, Zimbabwe").closeness()).isEqualTo(Places.Closeness.SAME_COUNTRY);
        assertThat(places.relation("Harare", "Lusaka, Zambia").closeness()).isEqualTo(Places.Closeness.SAME_REGION);
        assertThat(places.relation("Harare", "Nairobi").closeness()).isEqualTo(Places.Closeness.SAME_CONTINENT);
        assertThat(places.relation("Harare", "London, United Kingdom").closeness()).isEqualTo(Places.Closeness.UNKNOWN);
    }
}
