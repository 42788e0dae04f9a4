package org.smilefactory.core.remote;

import java.time.DateTimeException;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import org.smilefactory.core.api.events.SaveEvent;
import tools.jackson.core.JsonParser;
import tools.jackson.databind.BeanDescription;
import tools.jackson.databind.DeserializationConfig;
import tools.jackson.databind.DeserializationContext;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ValueDeserializer;
import tools.jackson.databind.deser.ValueDeserializerModifier;
import tools.jackson.databind.deser.std.DelegatingDeserializer;
import tools.jackson.databind.node.ObjectNode;

/**
 * {@link SaveEvent} holds wall-clock times in the event's own {@code timeZone}; {@code GET /events}
 * answers with instants ({@code 2027-06-10T07:00:00Z}). A time sent with an offset or {@code Z} is
 * that instant: it becomes the wall-clock time in the command's zone before the record is built.
 * Jackson alone would drop the {@code Z} and read {@code 07:00} as Harare time (issue 13: a GET → PUT
 * round trip moved the event two hours). Times without an offset stay wall-clock times, as before.
 */
final class EventTimesDeserializer extends DelegatingDeserializer {

    private static final String[] TIMES = {"start", "end", "registrationDeadline"};

    EventTimesDeserializer(ValueDeserializer<?> delegatee) {
        super(delegatee);
    }

    /** Puts this deserializer in front of Jackson's own for {@link SaveEvent}. */
    static ValueDeserializerModifier modifier() {
        return new ValueDeserializerModifier() {
            @Override
            public ValueDeserializer<?> modifyDeserializer(DeserializationConfig config, BeanDescription.Supplier bean,
                                                           ValueDeserializer<?> deserializer) {
                return bean.getBeanClass() == SaveEvent.class ? new EventTimesDeserializer(deserializer) : deserializer;
            }
        };
    }

    @Override
    protected ValueDeserializer<?> newDelegatingInstance(ValueDeserializer<?> delegatee) {
        return new EventTimesDeserializer(delegatee);
    }

    @Override
    public Object deserialize(JsonParser p, DeserializationContext ctxt) {
        JsonNode tree = ctxt.readTree(p);
        if (tree instanceof ObjectNode object) {
            ZoneId zone = zone(object.get("timeZone"));
            if (zone != null) {
                for (String field : TIMES) {
                    JsonNode value = object.get(field);
                    if (value != null && value.isString()) {
                        String local = wallClock(value.asString(), zone);
                        if (local != null) {
                            object.put(field, local);
                        }
                    }
                }
            }
        }
        JsonParser buffered = tree.traverse(ctxt);
        buffered.nextToken();
        return _delegatee.deserialize(buffered, ctxt);
    }

    private static ZoneId zone(JsonNode node) {
        if (node == null || !node.isString()) {
            return null;
        }
        try {
            return ZoneId.of(node.asString());
        } catch (DateTimeException e) {
            return null; // the service refuses the zone with a field message
        }
    }

    /** The wall-clock time in {@code zone} of a time with an offset; null when it has none (or is no time at all). */
    private static String wallClock(String text, ZoneId zone) {
        try {
            return OffsetDateTime.parse(text).atZoneSameInstant(zone).toLocalDateTime()
                    .format(DateTimeFormatter.ISO_LOCAL_DATE_TIME);
        } catch (DateTimeException e) {
            return null;
        }
    }
}
