package org.smilefactory.core.api.profiles;

/** Kinds of academic institution. */
public enum InstitutionType {
    UNIVERSITY, COLLEGE, POLYTECHNIC, RESEARCH_INSTITUTE, SCHOOL, OTHER
}
