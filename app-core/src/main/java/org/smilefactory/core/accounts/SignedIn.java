package org.smilefactory.core.accounts;

import org.smilefactory.core.api.accounts.MemberAccount;
import org.smilefactory.core.common.Actor;

/** The outcome of a successful sign-in: who, and the actor their services act as. */
public record SignedIn(MemberAccount account, Actor actor) {
}
