package io.phasegate.core.gate.config;

/** The JSON shape a rule setting takes, named as in the exported description of the format. */
public enum SettingType {
    /** A non-blank JSON string, stripped of surrounding blanks. */
    TEXT("text"),
    /** A Jira field id: a system field id such as {@code description} or {@code customfield_10016}. */
    FIELD("field"),
    /** JSON {@code true} or {@code false}. */
    FLAG("flag"),
    /** A whole number from 1 to the setting's maximum. */
    COUNT("count"),
    /** A JSON array of non-blank strings; repeated entries are dropped. */
    NAMES("names"),
    /** One of a fixed list of strings. */
    CHOICE("choice");

    private final String configName;

    SettingType(String configName) {
        this.configName = configName;
    }

    /** The name in the exported description, such as {@code count}. */
    public String configName() {
        return configName;
    }
}
