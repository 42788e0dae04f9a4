package org.smilefactory.core.remote.wire;

import org.smilefactory.core.api.admin.DemoSize;

/** {@code POST /api/v1/demo-data}. */
public record GenerateDemoRequest(DemoSize size) {
}
