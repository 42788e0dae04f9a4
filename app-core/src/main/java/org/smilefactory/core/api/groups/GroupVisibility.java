package org.smilefactory.core.api.groups;

/**
 * Who can find the group: anyone (PUBLIC); anyone, but only members see who is in it and what is
 * posted (PRIVATE); only its members (HIDDEN).
 */
public enum GroupVisibility {
    PUBLIC, PRIVATE, HIDDEN
}
