package org.dpcoach.knowledge;

import java.util.List;
import java.util.Set;

/**
 * What the personal-data guard learns from the knowledge: words that are never names, the context
 * words around NHS numbers and dates of birth, school and care-home name endings, titles before
 * names, and annotated sentences to train the name finder.
 *
 * @param nameVerbs verbs that, after an unknown lower-case word, show it is a name
 * @param nameRoles family and care roles after which an unknown lower-case word is a name
 * @param nameRolesStrict roles after which an unknown lower-case word is a name only when a name
 *     verb or the end of the text follows it ("my manager sarah says"), since a verb often follows
 *     them instead ("the IRO escalated")
 * @param nameSentences OpenNLP name-finder training lines ({@code <START:person> ... <END>})
 * @param caseRefContext words that introduce a case-management identifier in any employer's style
 *     ("case ref", "mosaic", "client number"), as regex fragments
 * @param caseSystems case-management systems by name: a message naming one has its bare identifiers
 *     redacted
 * @param nameClauseWords words after which a clause starts with its subject ("says harjit was
 *     born")
 * @param nameContactWords words of contact with a person, before their name ("saw bob")
 * @param nameTalkingWords words of talking that make a following {@code to} or {@code with} a
 *     contact word ("spoke to tomasz")
 * @param nameAfterContact words that end the phrase after a person's name ("spoke to tomasz today")
 * @param nameFollowers tokens that, after a capitalised word at the start of a sentence, show it is
 *     a name ("Tiegan and her mum")
 */
public record GuardData(
    Set<String> notNames,
    List<String> nhsContext,
    List<String> dobContext,
    List<String> schoolSuffixes,
    List<String> nameTitles,
    List<String> nameVerbs,
    List<String> nameRoles,
    List<String> nameRolesStrict,
    List<String> nameSentences,
    List<String> caseRefContext,
    List<String> caseSystems,
    List<String> nameClauseWords,
    List<String> nameContactWords,
    List<String> nameTalkingWords,
    List<String> nameAfterContact,
    List<String> nameFollowers) {}
