package org.smilefactory.core.api.profiles;

/** The 8 member types; each has its own details record. */
public enum ProfileType {
    INNOVATOR, BUSINESS_INVESTOR, MENTOR, PROFESSIONAL, INDUSTRY_EXPERT, ACADEMIC_STUDENT, ACADEMIC_INSTITUTION, ORGANISATION
}
