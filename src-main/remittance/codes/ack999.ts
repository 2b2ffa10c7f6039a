// 999 implementation acknowledgment (005010X231A1) codes, in plain words for the submission screen.

// IK501 (transaction set) and AK901 (functional group) acknowledgment codes; P is used only in AK901.
export const ACK_STATUS_CODE_DESCRIPTIONS: Readonly<Record<string, string>> = Object.freeze({
  A: 'Accepted.',
  E: 'Accepted, but errors were noted; fix them before the next submission.',
  M: 'Rejected: the message authentication code (MAC) failed.',
  P: 'Partially accepted: at least one transaction set was rejected.',
  R: 'Rejected.',
  W: 'Rejected: assurance failed validity tests.',
  X: 'Rejected: the content could not be analyzed after decryption.',
});

// IK304: what is wrong with a segment.
export const SEGMENT_ERROR_CODE_DESCRIPTIONS: Readonly<Record<string, string>> = Object.freeze({
  '1': 'Unrecognized segment ID.',
  '2': 'Unexpected segment.',
  '3': 'A required segment is missing.',
  '4': 'A loop occurs more than the maximum times.',
  '5': 'A segment exceeds its maximum use.',
  '6': 'The segment is not in the defined transaction set.',
  '7': 'The segment is out of sequence.',
  '8': 'The segment has data element errors.',
  I4: 'A segment the implementation guide marks "not used" is present.',
  I6: 'A segment the implementation guide requires in this situation is missing.',
  I7: 'A loop occurs fewer than the implementation guide’s minimum times.',
  I8: 'A segment is used fewer than the implementation guide’s minimum times.',
  I9: 'A segment the implementation guide marks "not used" in this situation is present.',
});

// IK403: what is wrong with a data element (there is no code 11).
export const ELEMENT_ERROR_CODE_DESCRIPTIONS: Readonly<Record<string, string>> = Object.freeze({
  '1': 'A required data element is missing.',
  '2': 'A conditionally required data element is missing.',
  '3': 'Too many data elements.',
  '4': 'The data element is too short.',
  '5': 'The data element is too long.',
  '6': 'The data element has an invalid character.',
  '7': 'Invalid code value.',
  '8': 'Invalid date.',
  '9': 'Invalid time.',
  '10': 'An exclusion condition was violated: elements that may not appear together both appear.',
  '12': 'Too many repetitions.',
  '13': 'Too many components.',
  I6: 'The code value is not used in this implementation.',
  I9: 'A data element the implementation guide requires in this situation is missing.',
  I10: 'A data element the implementation guide marks "not used" is present.',
  I11: 'Fewer repetitions than the implementation guide requires.',
  I12: 'The value does not match the pattern the implementation guide requires.',
  I13: 'A data element the implementation guide marks "not used" in this situation is present.',
});

/** 999 IK502..IK506: why a transaction set was rejected or noted. */
export const SET_SYNTAX_ERROR_DESCRIPTIONS: Readonly<Record<string, string>> = Object.freeze({
  '1': 'The payer does not accept this kind of transaction set.',
  '2': 'The transaction set has no trailer (SE).',
  '3': 'The control numbers in the ST and SE segments differ.',
  '4': 'The SE segment count does not match the segments sent.',
  '5': 'One or more segments are in error (see the segment errors).',
  '6': 'The transaction set identifier is missing or invalid.',
  '7': 'The transaction set control number is missing or invalid.',
  '18': 'The transaction set is not inside a functional group.',
  '19': 'The implementation guide named in ST03 is not valid.',
  '23': 'The transaction set control number is used twice in the group.',
  I5: 'One or more segments break the implementation guide (see the segment errors).',
  I6: 'The payer does not support this implementation guide.',
});

/** 999 AK905..AK909: why a functional group was rejected or noted. */
export const GROUP_SYNTAX_ERROR_DESCRIPTIONS: Readonly<Record<string, string>> = Object.freeze({
  '1': 'The payer does not accept this kind of functional group.',
  '2': 'The payer does not accept this version of the functional group.',
  '3': 'The functional group has no trailer (GE).',
  '4': 'The group control numbers in the GS and GE segments differ.',
  '5': 'The GE count of transaction sets does not match the sets sent.',
  '6': 'The group control number is not valid.',
  '19': 'The group control number is used twice in the interchange.',
});
