package org.smilefactory.core.platform;

import org.smilefactory.core.accounts.LocalAccountService;
import org.smilefactory.core.accounts.SignedIn;
import org.smilefactory.core.api.Session;
import org.smilefactory.core.api.accounts.AccountService;
import org.smilefactory.core.api.accounts.MemberAccount;
import org.smilefactory.core.api.admin.DemoDataService;
import org.smilefactory.core.api.profiles.ProfileService;
import org.smilefactory.core.common.Actor;
import org.smilefactory.core.common.CoreContext;
import org.smilefactory.core.demo.LocalDemoDataService;
import org.smilefactory.core.profiles.LocalProfileService;

/** A member's session on a local backend: the services are built once, for this actor. */
final class LocalSession implements Session {

    private final MemberAccount member;
    private final Actor actor;
    private final AccountService accounts;
    private final ProfileService profiles;
    private final DemoDataService demoData;

    LocalSession(CoreContext context, SignedIn signedIn) {
        this.member = signedIn.account();
        this.actor = signedIn.actor();
        this.accounts = new LocalAccountService(context, actor);
        this.profiles = new LocalProfileService(context, actor);
        this.demoData = new LocalDemoDataService(context, actor);
    }

    @Override
    public MemberAccount member() {
        return member;
    }

    @Override
    public AccountService accounts() {
        return accounts;
    }

    @Override
    public ProfileService profiles() {
        return profiles;
    }

    @Override
    public DemoDataService demoData() {
        return demoData;
    }

    @Override
    public void signOut() {
        actor.signOut();
    }
}
