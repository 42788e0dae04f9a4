package org.smilefactory.core.api.profiles;

/** A venture's stage, for innovators and investors' stage preferences. */
public enum InnovationStage {
    IDEA, PROTOTYPE, MVP, EARLY_TRACTION, GROWTH, SCALE
}
