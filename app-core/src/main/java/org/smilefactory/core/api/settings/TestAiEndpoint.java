package org.smilefactory.core.api.settings;

/**
 * One AI endpoint to try, as typed in the form (not yet saved).
 *
 * @param key null uses the key stored for that endpoint; blank tries without a key
 */
public record TestAiEndpoint(AiEndpoint endpoint, String url, String model, String key) {

    @Override
    public String toString() {
        return "TestAiEndpoint[endpoint=" + endpoint + ", url=" + url + ", model=" + model + ", key=***]";
    }
}
