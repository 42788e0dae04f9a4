package org.smilefactory.core.api.profiles;

/** The degree a student is studying for. */
public enum DegreeLevel {
    CERTIFICATE, DIPLOMA, BACHELOR, MASTER, DOCTORATE
}
