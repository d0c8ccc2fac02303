## 註冊世紀互聯中國 CSP 經銷商計劃：精靈的共用部分及前幾個步驟。
enroll-progress-label = 註冊步驟
enroll-step-account = 建立合作夥伴中心帳戶
enroll-step-phone = 驗證電話號碼
enroll-step-created = 建立帳戶
enroll-step-program = 註冊雲端解決方案提供者計劃
enroll-step-review = 檢閱並提交
enroll-step-status = 註冊狀態
enroll-step-agreement = 接受並繼續
enroll-loading = 正在載入您的註冊資料…
enroll-continue = 繼續
enroll-back = 返回

## 建立合作夥伴中心帳戶
enroll-account-title = 建立合作夥伴中心帳戶
enroll-account-intro = 請填寫貴組織的詳細資料，然後輸入貴組織中您希望擁有全域管理員權限並可存取合作夥伴中心之人員的詳細資料。
enroll-organization-legend = 組織詳細資料
enroll-company-name = 法定公司名稱
enroll-company-name-hint = 與營業執照上的名稱相同。
enroll-country = 國家/地區
enroll-country-china = 中國
enroll-province = 省份
enroll-city = 城市
enroll-district = 區縣
enroll-address-line1 = 地址第 1 行
enroll-address-line2 = 地址第 2 行
enroll-postal-code = 郵遞區號
enroll-postal-code-hint = 6 位數字。
enroll-credit-code = 統一社會信用代碼
enroll-credit-code-hint = 營業執照上的 18 碼代碼。
enroll-admin-legend = 全域管理員
enroll-admin-note = 您建立的第一個合作夥伴中心帳戶將是全域管理員帳戶。全域管理員可存取合作夥伴中心的所有系統管理功能，而且是唯一可以指派其他管理員角色的管理員。雖然貴組織可以有多位全域管理員，但為了降低業務風險，我們建議只讓公司內少數人員擔任此角色。
enroll-first-name = 名字
enroll-last-name = 姓氏
enroll-email = 電子郵件
enroll-phone = 電話號碼
enroll-phone-hint = 中國大陸手機或市話號碼，例如 138 1234 5678 或 021-6888 1234。
