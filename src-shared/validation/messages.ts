/**
 * Every message key the shared validators return, with its Vietnamese and English text, shaped for
 * i18next resources (`t('validation.cccd.length', { count })`). Plain words that say what to do.
 */

export const validationMessagesVi = {
  validation: {
    cccd: {
      empty: 'Nhập số định danh cá nhân gồm 12 chữ số',
      letters: 'Số định danh cá nhân chỉ có chữ số, không có chữ cái. Nhập 12 chữ số in trên thẻ căn cước',
      notDigits: 'Chỉ nhập chữ số từ 0 đến 9 cho số định danh cá nhân',
      oldCmnd:
        'Số chứng minh nhân dân 9 chữ số không còn dùng được. Nhập số định danh cá nhân 12 chữ số in trên thẻ căn cước',
      length: 'Số định danh cá nhân phải có đúng 12 chữ số. Bạn đã nhập {{count}} chữ số',
      province: 'Kiểm tra lại 3 chữ số đầu: {{code}} không phải mã tỉnh, thành phố của số định danh cá nhân',
      futureYear: 'Kiểm tra lại chữ số thứ 4 đến thứ 6: chúng cho năm sinh {{year}}, là năm chưa tới',
      sexMismatch: 'Số định danh cá nhân không khớp với giới tính đã chọn. Kiểm tra lại số hoặc giới tính',
      birthYearMismatch:
        'Số định danh cá nhân cho năm sinh {{year}}, khác với năm sinh đã nhập ({{declared}}). Kiểm tra lại số hoặc năm sinh',
    },
    phone: {
      empty: 'Nhập số điện thoại, ví dụ 0912 345 678',
      letters: 'Số điện thoại chỉ có chữ số, không có chữ cái',
      notDigits: 'Chỉ nhập chữ số, dấu cách, dấu chấm, dấu gạch ngang hoặc dấu + ở đầu số điện thoại',
      foreign: 'Nhập số điện thoại Việt Nam, bắt đầu bằng 0 hoặc +84',
      startsWithZero: 'Nhập số điện thoại bắt đầu bằng 0 hoặc +84, ví dụ 0912 345 678',
      length: 'Số điện thoại di động phải có 10 chữ số, ví dụ 0912 345 678. Bạn đã nhập {{count}} chữ số',
      landlineLength: 'Số máy bàn Hà Nội có 11 chữ số: 024 và 8 chữ số tiếp theo. Bạn đã nhập {{count}} chữ số',
      prefix: 'Kiểm tra lại số điện thoại: {{prefix}} không phải đầu số di động Việt Nam hoặc máy bàn Hà Nội (024)',
      landline: 'Cần số điện thoại di động để nhận tin nhắn SMS. Nhập số di động có 10 chữ số',
      oldNumber: 'Đây là số di động 11 số cũ, nay đã đổi thành {{suggestionDisplay}}. Nhập số mới',
    },
    name: {
      empty: 'Nhập họ, chữ đệm và tên',
      digits: 'Họ, chữ đệm và tên chỉ có chữ cái, không có chữ số',
      symbols:
        "Họ, chữ đệm và tên chỉ có chữ cái, dấu cách, dấu nháy (') hoặc dấu gạch nối (-) giữa hai chữ cái. Bỏ các ký tự: {{characters}}",
      emoji: 'Bỏ biểu tượng cảm xúc (emoji) khỏi họ, chữ đệm và tên',
      tooShort: 'Họ, chữ đệm và tên phải có ít nhất {{min}} chữ cái',
      tooLong: 'Họ, chữ đệm và tên phải có nhiều nhất {{max}} chữ cái',
    },
    date: {
      empty: 'Nhập ngày, tháng và năm',
      missingDay: 'Nhập ngày',
      missingMonth: 'Nhập tháng',
      missingYear: 'Nhập năm',
      missingDayMonth: 'Nhập ngày và tháng',
      missingDayYear: 'Nhập ngày và năm',
      missingMonthYear: 'Nhập tháng và năm',
      notNumber: 'Chỉ nhập chữ số cho ngày, tháng và năm, ví dụ 27 3 1985',
      yearDigits: 'Nhập năm đủ 4 chữ số, ví dụ 1985',
      notReal: 'Nhập một ngày có thật: tháng từ 1 đến 12, ngày có trong tháng đó',
      notLeapYear: 'Năm {{year}} không phải năm nhuận nên tháng 2 chỉ có 28 ngày',
      yearTooEarly: 'Năm phải từ {{min}} trở về sau',
      future: 'Ngày phải là hôm nay hoặc trước hôm nay',
      tooEarly: 'Ngày phải là {{date}} hoặc sau đó',
      tooLate: 'Ngày phải là {{date}} hoặc trước đó',
    },
    year: {
      empty: 'Nhập năm, ví dụ 1985',
      notNumber: 'Chỉ nhập chữ số cho năm, ví dụ 1985',
      digits: 'Nhập năm đủ 4 chữ số, ví dụ 1985',
      tooEarly: 'Năm phải từ {{min}} trở về sau',
      future: 'Năm phải là {{current}} hoặc trước đó',
      tooLate: 'Năm phải là {{max}} hoặc trước đó',
    },
    email: {
      empty: 'Nhập địa chỉ email, ví dụ ten@gmail.com',
      spaces: 'Bỏ dấu cách trong địa chỉ email',
      missingAt: 'Nhập địa chỉ email có ký tự @, ví dụ ten@gmail.com',
      multipleAt: 'Địa chỉ email chỉ có một ký tự @. Bỏ các ký tự @ thừa',
      missingLocal: 'Nhập phần tên trước ký tự @, ví dụ ten@gmail.com',
      missingDomain: 'Nhập phần sau ký tự @, ví dụ gmail.com',
      tooLong: 'Địa chỉ email phải có nhiều nhất {{max}} ký tự',
      localTooLong: 'Phần trước ký tự @ phải có nhiều nhất {{max}} ký tự',
      characters: 'Bỏ các ký tự không dùng được trong địa chỉ email: {{characters}}. Chữ có dấu phải gõ không dấu',
      dots: 'Bỏ dấu chấm thừa: dấu chấm không được đứng đầu, đứng cuối hoặc đứng liền nhau',
      domain: 'Kiểm tra lại phần sau ký tự @: phải là tên miền đầy đủ, ví dụ gmail.com',
      typo: 'Có phải ý bạn là {{suggestion}}? Kiểm tra lại địa chỉ email',
    },
  },
};

/** Same keys as the Vietnamese messages, every value a string. */
export type ValidationMessages = MessageTree<typeof validationMessagesVi>;
type MessageTree<T> = { [K in keyof T]: T[K] extends string ? string : MessageTree<T[K]> };

export const validationMessagesEn: ValidationMessages = {
  validation: {
    cccd: {
      empty: 'Enter your 12-digit personal ID number',
      letters: 'A personal ID number has only digits, no letters. Enter the 12 digits printed on your ID card',
      notDigits: 'Enter your personal ID number using only the digits 0 to 9',
      oldCmnd: '9-digit ID card numbers (CMND) are no longer valid. Enter the 12-digit personal ID number printed on your citizen ID card',
      length: 'Your personal ID number must be exactly 12 digits. You entered {{count}}',
      province: 'Check the first 3 digits: {{code}} is not a province code used in personal ID numbers',
      futureYear: 'Check digits 4 to 6: they give a birth year of {{year}}, which has not happened yet',
      sexMismatch: 'The personal ID number does not match the sex you selected. Check the number or the sex',
      birthYearMismatch:
        'The personal ID number gives a birth year of {{year}}, not {{declared}} as entered. Check the number or the year of birth',
    },
    phone: {
      empty: 'Enter a phone number, like 0912 345 678',
      letters: 'A phone number has only digits, no letters',
      notDigits: 'Enter the phone number using only digits, spaces, dots, dashes or a + at the start',
      foreign: 'Enter a Vietnamese phone number, starting with 0 or +84',
      startsWithZero: 'Enter a phone number that starts with 0 or +84, like 0912 345 678',
      length: 'A mobile number must be 10 digits, like 0912 345 678. You entered {{count}}',
      landlineLength: 'A Hà Nội landline number has 11 digits: 024 followed by 8 digits. You entered {{count}}',
      prefix: 'Check the phone number: {{prefix}} is not a Vietnamese mobile prefix or a Hà Nội landline (024)',
      landline: 'You need a mobile number to receive text messages. Enter a 10-digit mobile number',
      oldNumber: 'This is an old 11-digit mobile number. It is now {{suggestionDisplay}}: enter the new number',
    },
    name: {
      empty: 'Enter your full name',
      digits: 'Full name must only include letters, not numbers',
      symbols:
        "Full name must only include letters, spaces, and apostrophes (') or hyphens (-) between letters. Remove: {{characters}}",
      emoji: 'Remove the emoji from the full name',
      tooShort: 'Full name must be {{min}} letters or more',
      tooLong: 'Full name must be {{max}} letters or fewer',
    },
    date: {
      empty: 'Enter the day, month and year',
      missingDay: 'Enter the day',
      missingMonth: 'Enter the month',
      missingYear: 'Enter the year',
      missingDayMonth: 'Enter the day and month',
      missingDayYear: 'Enter the day and year',
      missingMonthYear: 'Enter the month and year',
      notNumber: 'Enter the day, month and year using numbers only, like 27 3 1985',
      yearDigits: 'Enter the year with 4 digits, like 1985',
      notReal: 'Enter a real date: the month must be 1 to 12 and the day must exist in that month',
      notLeapYear: '{{year}} is not a leap year, so February has only 28 days',
      yearTooEarly: 'The year must be {{min}} or later',
      future: 'The date must be today or in the past',
      tooEarly: 'The date must be {{date}} or later',
      tooLate: 'The date must be {{date}} or earlier',
    },
    year: {
      empty: 'Enter the year, like 1985',
      notNumber: 'Enter the year using numbers only, like 1985',
      digits: 'Enter the year with 4 digits, like 1985',
      tooEarly: 'The year must be {{min}} or later',
      future: 'The year must be {{current}} or earlier',
      tooLate: 'The year must be {{max}} or earlier',
    },
    email: {
      empty: 'Enter an email address, like name@example.com',
      spaces: 'Remove the spaces from the email address',
      missingAt: 'Enter an email address with an @, like name@example.com',
      multipleAt: 'An email address has only one @. Remove the extra @',
      missingLocal: 'Enter the part before the @, like name@example.com',
      missingDomain: 'Enter the part after the @, like example.com',
      tooLong: 'An email address must be {{max}} characters or fewer',
      localTooLong: 'The part before the @ must be {{max}} characters or fewer',
      characters: 'Remove characters that cannot be used in an email address: {{characters}}. Type letters without accents',
      dots: 'Remove the extra dot: a dot cannot come first, last or next to another dot',
      domain: 'Check the part after the @: it must be a full domain, like example.com',
      typo: 'Did you mean {{suggestion}}? Check the email address',
    },
  },
};
