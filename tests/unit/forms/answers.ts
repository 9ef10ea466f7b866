/** Answer builders for real forms of assets/catalog (no file access: the bench page uses them too). */

export const date = (day: string, month: string, year: string) => ({ day, month, year });
export const address = (street = '12 Phố Huế') => ({ province: '01', ward: '00103', street });

/** A complete, valid marriage application: bride born 10/05/1998, groom born 02/03/1995. */
export function marriageAnswers(): Record<string, unknown> {
  return {
    filerRole: 'bride',
    brideName: 'Nguyễn Thị Hoà',
    brideBirthDate: date('10', '5', '1998'),
    brideId: '001198012345',
    brideEthnicity: '01',
    brideNationality: 'VN',
    brideAddress: address(),
    brideMaritalStatus: 'neverMarried',
    brideMarriageCount: '1',
    groomName: 'Trần Văn Nam',
    groomBirthDate: date('2', '3', '1995'),
    groomId: '001095012345',
    groomEthnicity: '01',
    groomNationality: 'VN',
    groomAddress: address('5 ngõ 10 Láng Hạ'),
    groomMaritalStatus: 'divorced',
    groomMarriageCount: '2',
    wantCopies: true,
    copiesCount: '2',
  };
}

export function deathAnswers(): Record<string, unknown> {
  return {
    requesterName: 'Lê Văn Bình',
    requesterId: '001085012345',
    requesterRelationship: 'child',
    requesterAddress: address(),
    deceasedName: 'Lê Văn An',
    deceasedBirthDate: date('1', '1', '1940'),
    deceasedSex: 'male',
    deceasedEthnicity: '01',
    deceasedNationality: 'VN',
    deceasedLastAddress: address(),
    deathDate: date('20', '5', '2026'),
    deathPlace: 'Bệnh viện Bạch Mai',
    hasDeathNotice: false,
    wantCopies: false,
  };
}

export function birthAnswers(): Record<string, unknown> {
  return {
    requesterName: 'Phạm Thị Lan',
    requesterId: '001195012345',
    requesterRelationship: 'mother',
    requesterAddress: address(),
    childName: 'Phạm Minh Anh',
    childBirthDate: date('1', '6', '2026'),
    childSex: 'female',
    childEthnicity: '01',
    childNationality: 'VN',
    childBirthPlace: 'Bệnh viện Phụ sản Hà Nội',
    childHometown: 'Nam Định',
    motherName: 'Phạm Thị Lan',
    motherBirthYear: '1995',
    motherEthnicity: '01',
    motherNationality: 'VN',
    motherAddress: address(),
    hasFather: false,
    hasBirthCertificate: true,
    wantCopies: false,
  };
}

export function member(i: number): Record<string, unknown> {
  return {
    memberName: `Nguyễn Văn ${['An', 'Bình', 'Cường', 'Dũng', 'Em', 'Giang', 'Hải', 'Khoa', 'Long', 'Minh', 'Nam', 'Phong', 'Quân', 'Sơn', 'Tùng', 'Vinh'][i] ?? 'Tú'}`,
    memberBirthDate: date(String(1 + i), '2', '2000'),
    memberSex: 'male',
    memberRelationToHead: 'child',
  };
}

export function residenceAnswers(members: number): Record<string, unknown> {
  return {
    applicantName: 'Nguyễn Văn Hùng',
    applicantBirthDate: date('3', '4', '1980'),
    applicantSex: 'male',
    applicantId: '001080012345',
    newAddress: address(),
    basis: 'owner',
    isHead: true,
    requestedChange: 'Đăng ký thường trú tại nhà mới',
    othersMoving: members > 0,
    ...(members > 0 ? { members: Array.from({ length: members }, (_, i) => member(i)) } : {}),
  };
}

export function extractAnswers(): Record<string, unknown> {
  return {
    requesterName: 'Đặng Văn Hải',
    requesterId: '001075012345',
    requesterRelationship: 'self',
    recordType: 'birth',
    subjectName: 'Đặng Văn Hải',
    subjectBirthDate: date('12', '8', '1975'),
    registrationPlace: 'UBND phường Quảng An',
    copiesCount: '2',
  };
}

export function maritalStatusAnswers(): Record<string, unknown> {
  return {
    personName: 'Vũ Thị Thu',
    personBirthDate: date('9', '9', '1996'),
    personSex: 'female',
    personId: '001196012345',
    personEthnicity: '01',
    personNationality: 'VN',
    personAddress: address(),
    residenceFrom: date('1', '1', '2015'),
    maritalStatus: 'neverMarried',
    purpose: 'marriage',
    partnerName: 'Hoàng Văn Đức',
    marriagePlace: 'UBND phường Tây Hồ',
    filedBy: 'self',
    copiesCount: '1',
  };
}

export function birthLinkedAnswers(): Record<string, unknown> {
  return {
    ...birthAnswers(),
    childResidence: address(),
    headName: 'Phạm Văn Tâm',
    headId: '001060012345',
    childRelationToHead: 'grandchild',
    healthFacility: 'Trạm y tế phường Tây Hồ',
  };
}

/** Valid answers for every procedure of the shipped catalog, by procedure id. */
export const VALID_ANSWERS: Record<string, () => Record<string, unknown>> = {
  'civil-status-extract': extractAnswers,
  'birth-registration': birthAnswers,
  'birth-linked': birthLinkedAnswers,
  'marriage-registration': marriageAnswers,
  'marital-status': maritalStatusAnswers,
  'death-registration': deathAnswers,
  'residence-change': () => residenceAnswers(2),
};
