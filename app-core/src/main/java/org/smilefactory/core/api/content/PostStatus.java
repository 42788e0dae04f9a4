package org.smilefactory.core.api.content;

/** A post's life: draft (only the author sees it) → published → archived (only the author sees it). */
public enum PostStatus {
    DRAFT, PUBLISHED, ARCHIVED
}
