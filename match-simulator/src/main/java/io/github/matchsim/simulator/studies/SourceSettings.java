package io.github.matchsim.simulator.studies;

import java.util.Map;
import java.util.OptionalDouble;

/**
 * The settings a {@link io.github.matchsim.simulate.ReplicationSource} of the studies was given,
 * read with messages that name the source and the setting: unknown keys, missing ones, and values
 * that are not numbers or out of range are the user's mistakes, said as such.
 */
final class SourceSettings {
  private final String source;
  private final Map<String, String> settings;

  private SourceSettings(String source, Map<String, String> settings) {
    this.source = source;
    this.settings = settings;
  }

  /** The settings, refused if any key is not among {@code known} (the source's settings with their meanings). */
  static SourceSettings of(String source, Map<String, String> settings, Map<String, String> known) {
    for (String key : settings.keySet()) {
      if (!known.containsKey(key)) {
        throw new IllegalArgumentException(source + ": unknown setting \"" + key + "\"; the settings are "
            + String.join(", ", known.keySet()));
      }
    }
    return new SourceSettings(source, settings);
  }

  /** A number above 0 and at most {@code max}. */
  double positive(String key, double max) {
    double value = number(key);
    if (!(value > 0 && value <= max)) {
      throw new IllegalArgumentException(source + ": " + key + " must be above 0 and at most " + max + ", not "
          + settings.get(key));
    }
    return value;
  }

  /** A whole number from {@code min} to {@code max}, or empty when the setting is not given. */
  OptionalDouble wholeNumber(String key, int min, int max) {
    if (!settings.containsKey(key)) {
      return OptionalDouble.empty();
    }
    double value = number(key);
    if (value != Math.rint(value) || value < min || value > max) {
      throw new IllegalArgumentException(source + ": " + key + " must be a whole number from " + min + " to " + max
          + ", not " + settings.get(key));
    }
    return OptionalDouble.of(value);
  }

  /** A number above 0 and at most {@code max}, or empty when the setting is not given. */
  OptionalDouble optionalPositive(String key, double max) {
    return settings.containsKey(key) ? OptionalDouble.of(positive(key, max)) : OptionalDouble.empty();
  }

  /** The setting that must be given, as a number. */
  private double number(String key) {
    String text = settings.get(key);
    if (text == null) {
      throw new IllegalArgumentException(source + ": the setting \"" + key + "\" is missing (" + key + "=...)");
    }
    try {
      return Double.parseDouble(text.trim());
    } catch (NumberFormatException e) {
      throw new IllegalArgumentException(source + ": " + key + " must be a number, not \"" + text + "\"");
    }
  }

  /** The setting that must be given, as a whole number from {@code min} to {@code max}. */
  int requiredWholeNumber(String key, int min, int max) {
    number(key); // says it is missing, or not a number
    return (int) wholeNumber(key, min, max).getAsDouble();
  }
}
