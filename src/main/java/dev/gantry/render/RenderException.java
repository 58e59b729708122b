package dev.gantry.render;

/**
 * A template failed. When the template is the project's own override, that is the user's to fix
 * (exit 1); when it is a built-in template, it is a bug in Gantry (exit 70).
 */
public final class RenderException extends Exception {

    private final boolean userTemplate;

    public RenderException(String message, boolean userTemplate, Throwable cause) {
        super(message, cause);
        this.userTemplate = userTemplate;
    }

    public boolean userTemplate() {
        return userTemplate;
    }
}
