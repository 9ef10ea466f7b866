/**
 * The form engine's own messages (the shared validators' are in validation/messages.ts), shaped for
 * i18next. Messages that name the question carry it in both languages (params `label` and `labelEn`);
 * a rule written in the catalog arrives as `form.rule.custom` with `text` and `textEn`. The texts use
 * `{{label}}` / `{{text}}` in both languages: `paramsForLanguage` picks the right one.
 */

/** Message params for one language: in English, `xEn` params replace `x`. */
export function paramsForLanguage(
  params: Readonly<Record<string, string | number>> | undefined,
  language: 'vi' | 'en',
): Record<string, string | number> {
  const out: Record<string, string | number> = { ...(params ?? {}) };
  if (language === 'en') {
    for (const [key, value] of Object.entries(out)) {
      if (key.length > 2 && key.endsWith('En')) out[key.slice(0, -2)] = value;
    }
  }
  return out;
}

export const formMessagesVi = {
  form: {
    required: 'Trả lời câu hỏi “{{label}}”',
    text: {
      tooLong: 'Câu trả lời cho “{{label}}” phải có nhiều nhất {{max}} ký tự',
      notText: 'Nhập câu trả lời bằng chữ cho “{{label}}”',
    },
    select: {
      choose: 'Chọn một câu trả lời cho “{{label}}”',
      unknown: 'Chọn một trong các câu trả lời có sẵn cho “{{label}}”',
    },
    yesNo: {
      choose: 'Chọn Có hoặc Không cho “{{label}}”',
    },
    number: {
      notNumber: 'Chỉ nhập chữ số cho “{{label}}”, ví dụ 2',
      notWhole: 'Nhập số nguyên cho “{{label}}”, ví dụ 2',
      range: 'Số phải từ {{min}} đến {{max}}',
      tooSmall: 'Số phải từ {{min}} trở lên',
      tooLarge: 'Số phải từ {{max}} trở xuống',
    },
    address: {
      province: 'Chọn tỉnh, thành phố',
      ward: 'Chọn phường, xã',
      street: 'Nhập số nhà, tên đường hoặc thôn, xóm',
      streetTooLong: 'Số nhà và tên đường phải có nhiều nhất {{max}} ký tự',
    },
    group: {
      notList: 'Thêm từng người hoặc mục cho “{{label}}”',
      tooFew: 'Thêm ít nhất {{min}} mục cho “{{label}}”',
      tooMany: 'Chỉ được thêm nhiều nhất {{max}} mục cho “{{label}}”. Bỏ bớt {{extra}} mục',
    },
    rule: {
      custom: '{{text}}',
      minAge: 'Người này phải đủ {{years}} tuổi',
      dateNotBefore: 'Ngày này phải là {{date}} hoặc sau đó',
    },
    contact: {
      needOne: 'Nhập số điện thoại di động hoặc địa chỉ email để phường báo khi có kết quả',
      consent: 'Đánh dấu vào ô đồng ý để phường liên lạc với bạn về hồ sơ này',
    },
    yes: 'Có',
    no: 'Không',
  },
};

type MessageTree<T> = { [K in keyof T]: T[K] extends string ? string : MessageTree<T[K]> };
export type FormMessages = MessageTree<typeof formMessagesVi>;

export const formMessagesEn: FormMessages = {
  form: {
    required: 'Answer the question “{{label}}”',
    text: {
      tooLong: 'The answer to “{{label}}” must be {{max}} characters or fewer',
      notText: 'Enter a text answer to “{{label}}”',
    },
    select: {
      choose: 'Select an answer to “{{label}}”',
      unknown: 'Select one of the answers shown for “{{label}}”',
    },
    yesNo: {
      choose: 'Select yes or no for “{{label}}”',
    },
    number: {
      notNumber: 'Enter “{{label}}” using numbers only, like 2',
      notWhole: 'Enter a whole number for “{{label}}”, like 2',
      range: 'The number must be between {{min}} and {{max}}',
      tooSmall: 'The number must be {{min}} or more',
      tooLarge: 'The number must be {{max}} or less',
    },
    address: {
      province: 'Select the province or city',
      ward: 'Select the ward or commune',
      street: 'Enter the house number and street, or the village',
      streetTooLong: 'The house number and street must be {{max}} characters or fewer',
    },
    group: {
      notList: 'Add each person or item for “{{label}}”',
      tooFew: 'Add at least {{min}} for “{{label}}”',
      tooMany: 'Add no more than {{max}} for “{{label}}”. Remove {{extra}}',
    },
    rule: {
      custom: '{{text}}',
      minAge: 'This person must be {{years}} or older',
      dateNotBefore: 'The date must be {{date}} or later',
    },
    contact: {
      needOne: 'Enter a mobile phone number or an email address so that the ward can tell you when the result is ready',
      consent: 'Tick the box to agree that the ward may contact you about this application',
    },
    yes: 'Yes',
    no: 'No',
  },
};
