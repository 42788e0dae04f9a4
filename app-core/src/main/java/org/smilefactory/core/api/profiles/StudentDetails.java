package org.smilefactory.core.api.profiles;

import java.util.List;

/** Table {@code academic_student_profiles}. */
public record StudentDetails(
        String institution,
        String fieldOfStudy,
        DegreeLevel degreeLevel,
        Integer expectedGraduationYear,
        List<Seeking> seeking) implements ProfileDetails {

    @Override
    public ProfileType type() {
        return ProfileType.ACADEMIC_STUDENT;
    }
}
