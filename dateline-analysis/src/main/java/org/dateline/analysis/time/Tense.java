package org.dateline.analysis.time;

/** Whether the clause that governs a time expression speaks of the past or of what is to come. */
enum Tense { PAST, FUTURE, UNKNOWN }
