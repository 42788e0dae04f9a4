package org.smilefactory.core.api.groups;

/** Groups: visibility, membership rules, invites, roles and membership states. */
public interface GroupService {
}
