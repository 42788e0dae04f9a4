package org.smilefactory.core.api;

import org.smilefactory.core.api.accounts.AccountService;
import org.smilefactory.core.api.accounts.MemberAccount;
import org.smilefactory.core.api.admin.DemoDataService;
import org.smilefactory.core.api.profiles.ProfileService;

/** A signed-in member. Every service obtained here acts as, and is authorised for, that member. */
public interface Session {

    /** The signed-in member as of sign-in. */
    MemberAccount member();

    AccountService accounts();

    ProfileService profiles();

    DemoDataService demoData();

    /** Ends the session; later calls fail with {@link UnauthenticatedException}. */
    void signOut();
}
