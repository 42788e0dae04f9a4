package org.smilefactory.core.api.profiles;

/** How a mentor prefers to meet. */
public enum CommunicationMethod {
    IN_PERSON, VIDEO, PHONE, EMAIL, CHAT
}
