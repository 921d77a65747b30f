package org.paperkg.extract;

/** Which text of a paper a character offset points into. */
public enum TextField {
    TITLE("title"),
    ABSTRACT("abstract");

    private final String label;

    TextField(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
