package org.smilefactory.core.offline;

import org.smilefactory.core.remote.ContractJson;

/** Mutation payloads in the contract's one JSON mapping, so the server reads them as it reads any request. */
final class OfflineJson {

    private OfflineJson() {
    }

    static String write(Object value) {
        return ContractJson.mapper().writeValueAsString(value);
    }
}
