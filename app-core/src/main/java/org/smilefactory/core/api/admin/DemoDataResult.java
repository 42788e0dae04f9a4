package org.smilefactory.core.api.admin;

import java.time.Duration;

/** What the generator wrote. */
public record DemoDataResult(int membersCreated, Duration elapsed) {
}
