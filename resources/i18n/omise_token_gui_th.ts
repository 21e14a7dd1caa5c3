<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="th_TH">
<context>
    <name>Catalog</name>
    <message>
        <source>2017 third-party transcription of the docs</source>
        <translation>เอกสารที่บุคคลภายนอกคัดลอกไว้เมื่อปี 2017</translation>
    </message>
    <message>
        <source>3-D Secure: cannot enroll</source>
        <translation>3-D Secure: ลงทะเบียนไม่ได้</translation>
    </message>
    <message>
        <source>3-D Secure: card cannot be enrolled; charge ends payment_rejected</source>
        <translation>3-D Secure: บัตรลงทะเบียนไม่ได้ การเรียกเก็บเงินจบที่ payment_rejected</translation>
    </message>
    <message>
        <source>3-D Secure: card fails validation; charge ends payment_rejected</source>
        <translation>3-D Secure: บัตรยืนยันตัวตนไม่ผ่าน การเรียกเก็บเงินจบที่ payment_rejected</translation>
    </message>
    <message>
        <source>3-D Secure: fails validation</source>
        <translation>3-D Secure: ยืนยันตัวตนไม่ผ่าน</translation>
    </message>
    <message>
        <source>Charge fails: card failed the fraud check</source>
        <translation>เรียกเก็บเงินไม่สำเร็จ: บัตรไม่ผ่านการตรวจสอบการทุจริต</translation>
    </message>
    <message>
        <source>Charge fails: card reported stolen or lost</source>
        <translation>เรียกเก็บเงินไม่สำเร็จ: บัตรถูกแจ้งว่าถูกขโมยหรือสูญหาย</translation>
    </message>
    <message>
        <source>Charge fails: insufficient funds</source>
        <translation>เรียกเก็บเงินไม่สำเร็จ: ยอดเงินไม่เพียงพอ</translation>
    </message>
    <message>
        <source>Charge fails: invalid account number</source>
        <translation>เรียกเก็บเงินไม่สำเร็จ: หมายเลขบัญชีไม่ถูกต้อง</translation>
    </message>
    <message>
        <source>Charge fails: invalid security code</source>
        <translation>เรียกเก็บเงินไม่สำเร็จ: รหัสความปลอดภัยไม่ถูกต้อง</translation>
    </message>
    <message>
        <source>Charge fails: payment rejected by the issuer</source>
        <translation>เรียกเก็บเงินไม่สำเร็จ: ผู้ออกบัตรปฏิเสธการชำระเงิน</translation>
    </message>
    <message>
        <source>Charge fails: processing error at the issuer</source>
        <translation>เรียกเก็บเงินไม่สำเร็จ: ผู้ออกบัตรประมวลผลผิดพลาด</translation>
    </message>
    <message>
        <source>Charge succeeds</source>
        <translation>เรียกเก็บเงินสำเร็จ</translation>
    </message>
    <message>
        <source>Failed fraud check</source>
        <translation>ไม่ผ่านการตรวจสอบการทุจริต</translation>
    </message>
    <message>
        <source>Failed processing</source>
        <translation>ประมวลผลไม่สำเร็จ</translation>
    </message>
    <message>
        <source>Insufficient funds</source>
        <translation>ยอดเงินไม่เพียงพอ</translation>
    </message>
    <message>
        <source>Invalid account number</source>
        <translation>หมายเลขบัญชีไม่ถูกต้อง</translation>
    </message>
    <message>
        <source>Invalid security code</source>
        <translation>รหัสความปลอดภัยไม่ถูกต้อง</translation>
    </message>
    <message>
        <source>Omise blog</source>
        <translation>บล็อกของ Omise</translation>
    </message>
    <message>
        <source>Omise documentation</source>
        <translation>เอกสารของ Omise</translation>
    </message>
    <message>
        <source>Payment rejected</source>
        <translation>การชำระเงินถูกปฏิเสธ</translation>
    </message>
    <message>
        <source>Stolen or lost card</source>
        <translation>บัตรถูกขโมยหรือสูญหาย</translation>
    </message>
    <message>
        <source>Successful charge</source>
        <translation>เรียกเก็บเงินสำเร็จ</translation>
    </message>
    <message>
        <source>unidentified copy (lowest)</source>
        <translation>สำเนาที่ไม่ทราบที่มา (น่าเชื่อถือน้อยที่สุด)</translation>
    </message>
</context>
<context>
    <name>CreatePanel</name>
    <message>
        <source>&amp;Create token</source>
        <translation>สร้างโทเค็น (&amp;C)</translation>
    </message>
    <message>
        <source>&amp;Vault answer (JSON)</source>
        <translation>คำตอบจาก vault (JSON) (&amp;V)</translation>
    </message>
    <message>
        <source>C&amp;opy</source>
        <translation>คัดลอก (&amp;O)</translation>
    </message>
    <message>
        <source>Ca&amp;ncel</source>
        <translation>ยกเลิก (&amp;N)</translation>
    </message>
    <message>
        <source>Cop&amp;y id on create</source>
        <translation>คัดลอกรหัสเมื่อสร้างเสร็จ (&amp;Y)</translation>
    </message>
    <message>
        <source>Copy token id</source>
        <translation>คัดลอกรหัสโทเค็น</translation>
    </message>
    <message>
        <source>Create a token from the card form</source>
        <translation>สร้างโทเค็นจากข้อมูลบัตรในฟอร์ม</translation>
    </message>
    <message>
        <source>Create token</source>
        <translation>สร้างโทเค็น</translation>
    </message>
    <message>
        <source>No token yet</source>
        <translation>ยังไม่มีโทเค็น</translation>
    </message>
    <message>
        <source>Not saved to history: the vault created {token}, but it could not be stored. {reason} It is kept, and saved with the next token once the history can be written; copy it now if you need it.</source>
        <translation>ไม่ได้บันทึกลงประวัติ: vault สร้าง {token} แล้ว แต่บันทึกไม่ได้ {reason} แอปเก็บไว้ให้ และจะบันทึกพร้อมโทเค็นถัดไปเมื่อเขียนประวัติได้ ถ้าต้องใช้ ให้คัดลอกตอนนี้</translation>
    </message>
    <message>
        <source>Open &amp;settings…</source>
        <translation>เปิดการตั้งค่า… (&amp;S)</translation>
    </message>
    <message>
        <source>Previous token (the last attempt below did not create one).</source>
        <translation>โทเค็นก่อนหน้า (ความพยายามครั้งล่าสุดด้านล่างไม่ได้สร้างโทเค็น)</translation>
    </message>
    <message>
        <source>Put every card field back to the default card and untick Send anyway</source>
        <translation>คืนค่าทุกช่องเป็นบัตรเริ่มต้น และเอาเครื่องหมายออกจาก “ส่งไปทั้งอย่างนั้น”</translation>
    </message>
    <message>
        <source>Re&amp;try</source>
        <translation>ลองอีกครั้ง (&amp;T)</translation>
    </message>
    <message>
        <source>Request in progress</source>
        <translation>กำลังส่งคำขอ</translation>
    </message>
    <message>
        <source>Reset for&amp;m</source>
        <translation>ล้างฟอร์ม (&amp;M)</translation>
    </message>
    <message>
        <source>Send any&amp;way (negative test)</source>
        <translation>ส่งไปทั้งอย่างนั้น (ทดสอบกรณีผิดพลาด) (&amp;W)</translation>
    </message>
    <message>
        <source>Send the card even though it has problems, to see how the vault answers invalid data</source>
        <translation>ส่งข้อมูลบัตรแม้จะมีจุดผิด เพื่อดูว่าระบบ vault ตอบข้อมูลที่ไม่ถูกต้องอย่างไร</translation>
    </message>
    <message>
        <source>The vault&apos;s answer (JSON) appears here.</source>
        <translation>คำตอบจาก vault (JSON) จะแสดงที่นี่</translation>
    </message>
    <message>
        <source>Token id</source>
        <translation>รหัสโทเค็น</translation>
    </message>
    <message>
        <source>Vault answer JSON</source>
        <translation>คำตอบ JSON จาก vault</translation>
    </message>
    <message>
        <source>not a catalog card</source>
        <translation>ไม่ใช่บัตรในรายการบัตรทดสอบ</translation>
    </message>
    <message>
        <source>typed-in card</source>
        <translation>บัตรที่พิมพ์เอง</translation>
    </message>
    <message>
        <source>{brand} •••• {last4} · {scenario} · expected charge: {expected} · profile {profile}</source>
        <translation>{brand} •••• {last4} · {scenario} · ผลการเรียกเก็บเงินที่ควรได้: {expected} · โปรไฟล์ {profile}</translation>
    </message>
</context>
<context>
    <name>Endpoint</name>
    <message>
        <source>A vault URL must not contain a key. Nothing was sent.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A vault URL must not contain a user name, password or key (the part before &apos;@&apos;). The key goes in the key field; nothing was sent.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not a usable vault URL: {problem}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not a usable vault URL: {url}. Use https://vault.omise.co or a local emulator such as http://127.0.0.1:8025 (no user name, query or fragment).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Plain http:// is only allowed to this computer (127.0.0.1, ::1, localhost), not to {host}. Use https://.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{host} is not a host name (a broken international name).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{host} is not a host name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{host} is not an IPv6 address.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{host} is not an address to connect to.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{host} is not an address: write an IP address as four numbers, 127.0.0.1.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Explanation</name>
    <message>
        <source>The charge succeeds (status successful).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The checkout shows the order as paid and sends its confirmation.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Fold</name>
    <message>
        <source>Hide {section}</source>
        <translation>ซ่อน{section}</translation>
    </message>
    <message>
        <source>Show {section}</source>
        <translation>แสดง{section}</translation>
    </message>
</context>
<context>
    <name>KeyCheck</name>
    <message>
        <source>The key was not checked.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The vault answered unexpectedly.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>✔ The key works: the vault accepted it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>✘ The vault refused this key (authentication failed).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Keys</name>
    <message>
        <source>(no key)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No key given. Paste your public test key (pkey_test_…).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Public test key: accepted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This is a LIVE public key. This tool only accepts test keys (pkey_test_…). Nothing was sent.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This is a LIVE secret key. Secret keys are never needed to create tokens, and live keys are never accepted; use your public test key (pkey_test_…). Nothing was sent. If this key was shared by mistake, roll it in the Omise dashboard.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This is a chain key. This tool only accepts public test keys (pkey_test_…). Nothing was sent.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This is a secret key. Secret keys are never needed to create tokens; use your public test key (pkey_test_…). Nothing was sent.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This is not a valid Omise public test key. It must be pkey_test_ followed by lowercase letters and digits only. Nothing was sent.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Proxy</name>
    <message>
        <source>Proxy problem: {problem}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Proxy: none, direct connection (no_proxy names this host).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Proxy: none, direct connection.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Proxy: none. Traffic to this computer (the Sandbox) never uses a proxy.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Proxy: {proxy} (from {source}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the environment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the proxy setting is not a usable proxy URL (expected http://host:port). Fix or unset it; the Sandbox works without it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the proxy {proxy} is a SOCKS proxy, which this app does not support. Use an http:// proxy or unset it; the Sandbox works without it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the system proxy settings</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Settings</name>
    <message>
        <source>A profile entry that was not readable was skipped.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A profile named {name} exists already.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A profile needs a short, printable name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Port {port} was taken by another program, so the Sandbox runs on {url} this time. A curl or backend pointed at the usual port will not reach it until the app is restarted with that port free (or the port is changed in Settings).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Profile {name} was not loaded: {why}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Settings could not be saved to {path} ({reason}). The change applies until you quit, and is lost then.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The Sandbox profile cannot be renamed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The Sandbox profile is built in and cannot be deleted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The colour scheme {scheme} in the settings file is not System, Light or Dark; the window follows the system&apos;s light or dark scheme.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The settings file was ignored because {why}. It was moved to {aside}; defaults loaded.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The settings file {path} was ignored because {why}; defaults loaded.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Timeout must be between {low} and {high} seconds.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown API version {version}; use one of {versions}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it could not be read ({error})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it is not valid settings JSON</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown settings version {version}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{variable} was ignored: {why}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SettingsPane</name>
    <message>
        <source> s</source>
        <comment>seconds</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(new profile)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>API version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Auto-refresh unused tokens every</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checking the key with the vault…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Colour scheme</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy the token id to the clipboard on create</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dark</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete profile</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete the profile “{name}”? Its tokens stay in the history.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>General</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep running in the tray when the window is closed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Light</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Light or dark window; applies at once.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No installed font draws Thai, so Thai text may show as boxes. Install a Thai font (Debian/Ubuntu: sudo apt-get install fonts-thai-tlwg) and start the app again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No key needed: the Sandbox accepts any test key.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No tray icon: this desktop shows no tray icons (on GNOME, the AppIndicator extension adds them). Everything works from this window as before, and closing it quits the app.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Profile name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Profiles</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Public key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Public test key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reveal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sandbox URL now: {url}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sandbox port</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save profile</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved “{name}”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Settings — profiles and keys</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>System (follow the computer&apos;s light or dark setting)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>System (the computer&apos;s language)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Test profile {n}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The Sandbox is built in: an Omise vault emulator inside this app, on 127.0.0.1. It needs no key and no network, and cannot be deleted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The port the Sandbox listens on at 127.0.0.1, the same at every start (default {port}). A change applies when the app is next started.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The window&apos;s and omise-token&apos;s language; applies at once.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Timeout</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use this profile</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Vault URL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>http://127.0.0.1 (built-in emulator, starting)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not started yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>see the lines under the key, URL and name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name}  (active)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{url} (built-in emulator)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>✔ Public test key {key}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SettingsTips</name>
    <message>
        <source>Add a new profile for a public test key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ask the vault every few seconds about tokens whose charge is not final yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ask the vault whether this key works (nothing is created)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Auto-refresh interval</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check key is disabled until the key and vault URL are valid, or while a check is running</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close Settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Closing the window keeps the app running in the tray</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy each new token id to the clipboard as it is created</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Create tokens with the selected profile from now on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete the selected profile (its tokens stay in the history)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How long to wait for the vault before giving up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How often auto-refresh asks, in seconds</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save profile is disabled until the name, key and vault URL are valid</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save this profile&apos;s changes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select a profile in the list first</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show the key as typed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The Omise API version sent with each request</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The Sandbox is built in: it needs no key and cannot be changed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The Sandbox needs no key check</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The Sandbox profile is built in and cannot be deleted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The Sandbox profile is built in: there is nothing to save</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The profile&apos;s name, shown in the marker and the history</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The vault that creates tokens (https://vault.omise.co)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no tray icon on this desktop: closing the window quits</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This profile is already in use</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your profiles; the one in use says (active)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your public test key from the Omise dashboard (pkey_test_…)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
