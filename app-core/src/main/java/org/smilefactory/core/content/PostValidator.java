package org.smilefactory.core.content;

import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.smilefactory.core.api.ValidationException;
import org.smilefactory.core.api.Violation;
import org.smilefactory.core.api.content.MediaRef;
import org.smilefactory.core.api.content.PostAudience;
import org.smilefactory.core.api.content.PostInput;
import org.smilefactory.core.api.content.PostType;
import org.smilefactory.core.common.Messages;
import org.smilefactory.core.common.Problems;

/**
 * The rules of a post that need no database, shared by the local service and the remote client (so
 * a 1 MB title or a missing file is refused before anything is sent or written).
 */
public final class PostValidator {

    private static final Pattern TAG = Pattern.compile("[\\p{L}\\p{N}][\\p{L}\\p{N} -]*");
    private static final Pattern MENTION = Pattern.compile("(?<![\\p{L}\\p{N}_.@-])@([\\p{L}\\p{N}_.-]{2,60})");

    private PostValidator() {
    }

    /**
     * Checks everything about {@code input} that can be checked here and returns the normalised
     * tags (trimmed, single spaces, lower case, no duplicates).
     *
     * @param published whether the post will be published (then the body is required)
     * @param filesAllowed whether media entries may be local file paths (false on the server)
     */
    public static List<String> validate(PostInput input, boolean published, boolean filesAllowed) {
        if (input == null) {
            throw new ValidationException(List.of(new Violation("type", "required", Messages.get("validation.required"))));
        }
        Problems problems = new Problems();
        problems.required("type", input.type());
        if (input.type() == PostType.BLOG) {
            problems.required("title", input.title());
        }
        problems.text("title", input.title(), PostInput.MAX_TITLE);
        if (input.title() != null && input.title().contains("\n")) {
            problems.add("title", "single-line", Messages.get("content.titleOneLine"));
        }
        if (published) {
            problems.required("body", input.body());
        }
        problems.text("body", input.body(), PostInput.MAX_BODY);
        problems.text("category", input.category(), PostInput.MAX_CATEGORY);
        if (input.audience() == PostAudience.GROUP && input.groupId() == null) {
            problems.add("groupId", "required", Messages.get("content.groupRequired"));
        }
        List<String> tags = tags(input.tags(), problems);
        media("featuredImage", input.featuredImage() == null ? List.of() : List.of(input.featuredImage()), filesAllowed, problems);
        List<String> attachments = input.attachments() == null ? List.of() : input.attachments();
        if (attachments.size() > PostInput.MAX_ATTACHMENTS) {
            problems.add("attachments", "too-many", Messages.get("validation.tooManyItems", PostInput.MAX_ATTACHMENTS));
        }
        media("attachments", attachments, filesAllowed, problems);
        problems.throwIfAny();
        return tags;
    }

    private static List<String> tags(List<String> raw, Problems problems) {
        if (raw == null) {
            return List.of();
        }
        Set<String> out = new LinkedHashSet<>();
        for (String t : raw) {
            String tag = t == null ? "" : t.trim().replaceAll("\\s+", " ");
            if (tag.isEmpty()) {
                problems.add("tags", "blank", Messages.get("content.tagBlank"));
            } else if (tag.length() > PostInput.MAX_TAG) {
                problems.add("tags", "too-long", Messages.get("content.tagTooLong", shorten(tag), PostInput.MAX_TAG));
            } else if (!TAG.matcher(tag).matches()) {
                problems.add("tags", "invalid", Messages.get("content.tagInvalid", shorten(tag)));
            } else {
                out.add(tag.toLowerCase(Locale.ROOT));
            }
        }
        if (out.size() > PostInput.MAX_TAGS) {
            problems.add("tags", "too-many", Messages.get("content.tooManyTags", PostInput.MAX_TAGS));
        }
        return List.copyOf(out);
    }

    private static void media(String field, List<String> entries, boolean filesAllowed, Problems problems) {
        for (String entry : entries) {
            if (entry == null || entry.isBlank()) {
                problems.add(field, "blank", Messages.get("validation.required"));
            } else if (isMediaUrl(entry)) {
                if (mediaId(entry) == null) {
                    problems.add(field, "unknown-media", Messages.get("content.mediaUnknown", shorten(entry)));
                }
            } else if (!filesAllowed) {
                problems.add(field, "not-uploaded", Messages.get("content.mediaNotUploaded", shorten(entry)));
            } else {
                Path file = path(entry);
                if (file == null || !Files.isRegularFile(file) || !Files.isReadable(file)) {
                    problems.add(field, "missing-file", Messages.get("content.fileMissing", shorten(entry)));
                } else {
                    try {
                        if (Files.size(file) > MediaRef.MAX_BYTES) {
                            problems.add(field, "file-too-large",
                                    Messages.get("content.fileTooLarge", file.getFileName(), MediaRef.MAX_BYTES / (1024 * 1024)));
                        }
                    } catch (java.io.IOException e) {
                        problems.add(field, "missing-file", Messages.get("content.fileMissing", shorten(entry)));
                    }
                }
            }
        }
    }

    public static boolean isMediaUrl(String entry) {
        return entry != null && entry.startsWith(PostInput.MEDIA_SCHEME);
    }

    /** The media id of a {@code media:<id>} URL, or null when it is not one. */
    public static java.util.UUID mediaId(String url) {
        if (!isMediaUrl(url)) {
            return null;
        }
        try {
            return java.util.UUID.fromString(url.substring(PostInput.MEDIA_SCHEME.length()));
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    static Path path(String entry) {
        try {
            return Path.of(entry);
        } catch (InvalidPathException e) {
            return null;
        }
    }

    /** The handles mentioned in a text ({@code @handle}), lower case, without duplicates. */
    public static List<String> mentions(String text) {
        if (text == null) {
            return List.of();
        }
        List<String> out = new ArrayList<>();
        Matcher m = MENTION.matcher(text);
        while (m.find() && out.size() < 20) {
            String handle = m.group(1).replaceAll("[.\\-_]+$", "").toLowerCase(Locale.ROOT);
            if (handle.length() >= 2 && !out.contains(handle)) {
                out.add(handle);
            }
        }
        return out;
    }

    private static String shorten(String s) {
        return s.length() <= 60 ? s : s.substring(0, 57) + "...";
    }
}
