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
