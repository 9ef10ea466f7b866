/**
 * What a building's captive Wi-Fi answers instead of our server: a 200 HTML login page. It carries no
 * body token of the intake server, so a kiosk that trusts status codes alone would take it for success.
 */
export function portalPage(): string {
  return [
    '<!doctype html>',
    '<html lang="vi"><head><meta charset="utf-8"><title>Đăng nhập Wi-Fi tòa nhà</title></head>',
    '<body><h1>Chào mừng đến Wi-Fi miễn phí</h1>',
    '<form method="post" action="/__portal/login"><label>Số điện thoại <input name="phone"></label>',
    '<button>Đăng nhập</button></form>',
    '<p>{"status":"received","service":"not-the-intake-server"}</p>',
    '</body></html>',
  ].join('\n');
}
